package io.teaframe.interceptor;

/** The state after an event broke an invariant checked by {@link Interceptors#validate}. */
public final class InvariantViolationException extends RuntimeException {

    private final String invariant;

    public InvariantViolationException(String invariant, Object event) {
        super("state invariant '" + invariant + "' does not hold after event " + event
                + "; the event's new state was discarded");
        this.invariant = invariant;
    }

    /** Returns the name of the invariant that failed. */
    public String invariant() {
        return invariant;
    }
}
