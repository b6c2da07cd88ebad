package io.teaframe.e2e.demo;

/** Where an {@link EnvelopeConnection} writes: one WebSocket, whichever library manages it. */
public interface FrameSink {

    /** Sends one text frame without waiting for it to be written. */
    void sendText(String text);

    /** Closes the socket with a close frame. */
    void close(int code, String reason);

    /** Drops the connection without a close frame, so the client sees code 1006. */
    void disconnect();

    /** Describes the peer for logs, such as its address. */
    String describe();
}
