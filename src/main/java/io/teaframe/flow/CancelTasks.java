package io.teaframe.flow;

import java.util.Objects;

/**
 * Cancels the running task group with {@code key}: its tasks are cancelled silently and
 * nothing is dispatched. Cancelling a key with no running group does nothing.
 */
public record CancelTasks(String key) {

    public CancelTasks {
        Objects.requireNonNull(key, "key");
    }
}
