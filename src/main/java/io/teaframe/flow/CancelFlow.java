package io.teaframe.flow;

import java.util.Objects;

/**
 * Cancels the flow or sequence {@code id}: it stops watching events, its timeout is
 * stopped, and the work in its scope (scope id = flow id) is cancelled. Nothing is
 * dispatched. Cancelling an id that is not running does nothing.
 */
public record CancelFlow(String id) {

    public CancelFlow {
        Objects.requireNonNull(id, "id");
    }
}
