package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonValue;

/**
 * What a server does with the app messages of the envelope protocol
 * (docs/websocket-protocol.md). {@link EnvelopeConnection} handles the frames, the acks
 * and the pongs, and calls these methods on the socket's thread, one at a time per socket.
 */
public interface EnvelopeHandler {

    /**
     * Receives acknowledged message {@code id} of {@code clientSession}. The connection
     * sends the ack after this returns, and sends none when it throws.
     *
     * <p>The implementation de-duplicates: it hands the body to the app only if
     * {@code id} is above the highest id handed over for that session (on any socket),
     * and then records it as the highest. A re-sent message arrives here again after a
     * reconnect, because the client re-sends everything not acknowledged.
     *
     * @throws Exception if the message could not be recorded. The connection then closes
     *     the socket with 1011, so the client reconnects and sends the message again.
     */
    void onAcknowledged(EnvelopeConnection connection, String clientSession, int id, JsonValue body) throws Exception;

    /** Receives a message without an id, such as a join the client sends again on every socket. */
    default void onMessage(EnvelopeConnection connection, JsonValue body) {
    }

    /** Returns the body of the response to a request. The default returns an error body for every request. */
    default JsonValue onRequest(EnvelopeConnection connection, JsonValue body) {
        return new com.eclipsesource.json.JsonObject().add("error", "This server answers no requests");
    }

    /** Called when the socket opened, before any frame arrives. */
    default void onOpen(EnvelopeConnection connection) {
    }

    /** Called once when the socket closed or dropped. */
    default void onClose(EnvelopeConnection connection) {
    }
}
