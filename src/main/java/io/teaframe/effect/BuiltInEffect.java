package io.teaframe.effect;

/**
 * The effects that every frame carries out without registration.
 *
 * <p>Each one names the frame operation it stands for through {@link #applyTo}, and the
 * frame implements those operations in one place, its {@link Target}. The frame calls
 * {@code applyTo} only when no handler was registered for the effect's class, so an app
 * can still replace a built-in effect with {@code Frame.registerEffect}.
 *
 * <p>Why not a handler per class registered up front, like custom effects: a registered
 * handler keeps its code, for example the timers of {@link DispatchLater}, in every
 * compiled app. With this double dispatch, TeaVM leaves out the code of the built-in
 * effects that an app never creates.
 */
public sealed interface BuiltInEffect permits Dispatch, DispatchMany, DispatchLater, CancelDispatchLater, Deregister {

    /** Calls the one operation of {@code target} that this effect stands for. */
    void applyTo(Target target);

    /** The frame operations behind the built-in effects. The frame implements it. */
    interface Target {

        /** Queues {@code event}. */
        void dispatch(Object event);

        /** Queues {@code event} after {@code delayMillis}; a non-null id replaces a pending timer. */
        void dispatchLater(String id, double delayMillis, Object event);

        /** Cancels the pending delayed dispatch with {@code id}, if any. */
        void cancelDispatchLater(String id);

        /** Removes the handler for {@code eventType}. */
        void deregister(Class<?> eventType);
    }
}
