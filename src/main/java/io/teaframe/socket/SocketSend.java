package io.teaframe.socket;

import java.util.Objects;

/**
 * Sends {@code message} on the connection {@code connectionId}, encoded by its codec: at
 * once if the socket is open, otherwise from the outbox when it opens.
 */
public record SocketSend(String connectionId, Object message) {

    public SocketSend {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(message, "message");
    }
}
