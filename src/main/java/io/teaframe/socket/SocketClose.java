package io.teaframe.socket;

import java.util.Objects;

/**
 * Closes the connection {@code connectionId} on the app's request: the socket closes with
 * {@code code} and {@code reason}, a pending reconnect is cancelled, and nothing
 * reconnects until the next {@link SocketConnect}. Queued messages stay queued for it.
 *
 * @param code 1000, or from 3000 to 4999, as the WebSocket API allows
 * @param reason a reason of at most 123 bytes in UTF-8
 */
public record SocketClose(String connectionId, int code, String reason) {

    public SocketClose {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(reason, "reason");
        if (code != 1000 && (code < 3000 || code > 4999)) {
            throw new IllegalArgumentException("close code must be 1000 or from 3000 to 4999, was " + code);
        }
    }

    /** Returns a normal close (code 1000, no reason). */
    public SocketClose(String connectionId) {
        this(connectionId, 1000, "");
    }
}
