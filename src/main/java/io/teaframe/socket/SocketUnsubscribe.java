package io.teaframe.socket;

import java.util.Objects;

/**
 * Stops re-sending the message of {@link SocketSubscribe} {@code key} after reconnects.
 * It sends nothing itself; send a leave message with {@link SocketSend} if the server
 * needs one.
 */
public record SocketUnsubscribe(String connectionId, String key) {

    public SocketUnsubscribe {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(key, "key");
    }
}
