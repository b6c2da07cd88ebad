package io.teaframe.port;

/**
 * A monotonic clock, and the wall clock for the rare reader that needs a date.
 */
@FunctionalInterface
public interface Clock {

    /**
     * Returns the current time in milliseconds from an arbitrary origin, with
     * fractions, like {@code performance.now()}. Never goes backwards.
     */
    double now();

    /**
     * Returns the wall-clock time in milliseconds since 1970-01-01T00:00:00Z, like
     * {@code Date.now()}. It can jump when the system clock is set, so measure
     * durations with {@link #now()}; this one is for comparing with dates from outside,
     * such as an HTTP {@code Retry-After} date. TeaVM compiles the default to
     * {@code Date.now()}.
     */
    default double epochMillis() {
        return System.currentTimeMillis();
    }
}
