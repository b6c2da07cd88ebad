package io.teaframe.port;

/** A monotonic clock. */
@FunctionalInterface
public interface Clock {

    /**
     * Returns the current time in milliseconds from an arbitrary origin, with
     * fractions, like {@code performance.now()}. Never goes backwards.
     */
    double now();
}
