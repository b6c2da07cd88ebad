package io.teaframe.socket;

import java.util.Objects;

/**
 * Opens the connection {@code config.id()}. If that connection is already active, its
 * socket is replaced: the old one is closed and anything it still delivers is dropped.
 * The outbox, the unacknowledged messages and the re-send list carry over, so a connect
 * after a close, or with a changed URL, loses nothing.
 */
public record SocketConnect(SocketConfig config) {

    public SocketConnect {
        Objects.requireNonNull(config, "config");
    }
}
