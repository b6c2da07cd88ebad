package io.teaframe.effect;

import io.teaframe.port.Platform;

/** The parts of the frame an {@link EffectHandler} may use: the queue, the state and the platform. */
public interface EffectContext {

    /** Queues {@code event}, as {@code Frame.dispatch} does. */
    void dispatch(Object event);

    /** Returns the current app state, which already includes the event's new state. */
    Object state();

    /** Returns the event whose effects are running. */
    Object event();

    /** Returns the frame's ports, for scheduling and logging. */
    Platform platform();
}
