package io.teaframe.router;

/** Handles one event to completion. The frame implements it. */
@FunctionalInterface
public interface EventProcessor {

    /**
     * Handles {@code event}: interceptors, handler, effects and subscriptions. Reports
     * its own failures; anything it throws is a bug, which the router logs and survives.
     *
     * @param startMillis the clock reading taken just before this event, which the
     *     router has for its time slice anyway; one reading per event instead of two
     */
    void process(Object event, double startMillis);
}
