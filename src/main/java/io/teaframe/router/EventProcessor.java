package io.teaframe.router;

/** Handles one event to completion. The frame implements it. */
@FunctionalInterface
public interface EventProcessor {

    /**
     * Handles {@code event}: interceptors, handler, effects and subscriptions. Reports
     * its own failures; anything it throws is a bug, which the router logs and survives.
     */
    void process(Object event);
}
