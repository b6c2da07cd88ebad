package io.teaframe.socket;

/** One socket opened by a {@link SocketTransport}. */
public interface SocketHandle {

    /** Sends a text frame. Only valid while the socket is open. */
    void sendText(String text);

    /** Sends a binary frame. Only valid while the socket is open. */
    void sendBytes(byte[] bytes);

    /**
     * Starts the closing handshake with {@code code} (1000 or 3000 to 4999) and a reason
     * of at most 123 bytes, or drops the attempt if the socket is still connecting. The
     * listener is not called after this.
     */
    void close(int code, String reason);

    /** The subprotocol the server chose, or an empty string. */
    String protocol();

    /** The number of bytes queued by {@code send} and not yet sent on the network. */
    double bufferedAmount();
}
