package io.teaframe.scope;

import java.util.Objects;

/**
 * Cancels all work registered in scope {@code scopeId}: timers, flows and any other
 * work started with that scope. Cancelling an empty or unknown scope does nothing.
 */
public record CancelScope(String scopeId) {

    public CancelScope {
        Objects.requireNonNull(scopeId, "scopeId");
    }
}
