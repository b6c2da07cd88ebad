package io.teaframe.effect;

/**
 * Carries out one kind of effect. Registered on a frame by effect class.
 *
 * <p>It runs on the frame's thread after the event's new state is committed. Anything
 * asynchronous it starts reports back by dispatching events through
 * {@link EffectContext#dispatch(Object)}. If it throws, the event ends as described in
 * this package's documentation.
 *
 * @param <F> the effect class
 */
@FunctionalInterface
public interface EffectHandler<F> {

    /** Carries out {@code effect}. */
    void run(F effect, EffectContext context);
}
