package io.teaframe.router;

/** Handles one event to completion. The frame implements it. */
@FunctionalInterface
public interface EventProcessor {

    /**
     * Handles {@code event}: interceptors, handler, effects and subscriptions. Reports
     * its own failures; anything it throws is a bug, which the router logs and survives.
     *
     * @param startMillis the router's latest clock reading, taken at most a few fast
     *     events earlier. The router reads the clock for its time slice anyway, so the
     *     frame takes this as the event's start instead of reading it again.
     */
    void process(Object event, double startMillis);
}
