package io.teaframe.trace;

/** Called after each event with the event and the state it left. */
@FunctionalInterface
public interface PostEventCallback {

    void afterEvent(Object event, Object state);
}
