package io.teaframe.view;

/**
 * Receives the events that views dispatch. {@code frame::dispatch} is one; the
 * reconciler takes it at creation and passes every event value from
 * {@link Html#on(EventType, Object)} to it.
 */
public interface Dispatcher {

    /** Queues {@code event} for handling; must not handle it synchronously. */
    void dispatch(Object event);
}
