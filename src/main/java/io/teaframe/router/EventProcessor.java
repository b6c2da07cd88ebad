package io.teaframe.router;

/** Handles events to completion, and brings the subscriptions up to date after a run. The frame implements it. */
public interface EventProcessor {

    /**
     * Handles {@code event}: interceptors, handler and effects. Reports its own
     * failures; anything it throws is a bug, which the router logs and survives.
     * Returns null, or the event that a {@link LateEvent} resolved to, which the router
     * then handles in its place.
     *
     * @param eventClass {@code event.getClass()}, which the router reads anyway to find
     *     {@link AfterRender} events, so the frame finds the handler without reading it again
     * @param startMillis the router's latest clock reading, taken at most a few fast
     *     events earlier. The router reads the clock for its time slice anyway, so the
     *     frame takes this as the event's start instead of reading it again.
     */
    Object process(Object event, Class<?> eventClass, double startMillis);

    /**
     * Called after a run of events, before the router gives the thread back to the
     * browser or waits for a render, and after {@code dispatchSync}. The frame updates
     * its subscriptions here, once for the whole run. A listener may dispatch; the
     * router handles those events before it goes idle.
     *
     * @param lastEvent the last event handled in the run, which errors of the update
     *     name; null if the run handled none
     */
    void runEnded(Object lastEvent);
}
