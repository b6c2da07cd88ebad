package io.teaframe.socket;

import java.util.Objects;

/**
 * Sends {@code message} now (or when the socket opens) and again after every reconnect,
 * until a {@link SocketUnsubscribe} with the same key: for channel joins and
 * authentication. These go out first after each open, in the order they were first
 * subscribed, before unacknowledged and queued messages. Subscribing a key again
 * replaces its message and keeps its place. They are not numbered, even in acknowledged
 * mode, because they are sent again on every open anyway.
 */
public record SocketSubscribe(String connectionId, String key, Object message) {

    public SocketSubscribe {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
