package io.teaframe;

import io.teaframe.effect.CancelDispatchLater;
import io.teaframe.effect.Deregister;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.DispatchLater;
import io.teaframe.effect.DispatchMany;
import io.teaframe.effect.EffectContext;
import io.teaframe.effect.EffectHandler;

/**
 * The handler of the built-in effects. One class for all five, registered under each
 * effect class, because every class costs a share of the compiled script.
 */
final class BuiltInEffects implements EffectHandler<Object> {

    private final Frame<?> frame;
    private final DelayedDispatches delayed;

    BuiltInEffects(Frame<?> frame, DelayedDispatches delayed) {
        this.frame = frame;
        this.delayed = delayed;
    }

    static final Class<?>[] TYPES = {
        Dispatch.class, DispatchMany.class, DispatchLater.class, CancelDispatchLater.class, Deregister.class
    };

    @Override
    public void run(Object effect, EffectContext context) {
        if (effect instanceof Dispatch dispatch) {
            frame.dispatch(dispatch.event());
        } else if (effect instanceof DispatchMany many) {
            for (Object event : many.events()) {
                frame.dispatch(event);
            }
        } else if (effect instanceof DispatchLater later) {
            delayed.schedule(later.id(), later.delayMillis(), later.event());
        } else if (effect instanceof CancelDispatchLater cancel) {
            delayed.cancel(cancel.id());
        } else if (effect instanceof Deregister deregister) {
            frame.deregister(deregister.eventType());
        } else {
            throw new IllegalArgumentException("not a built-in effect: " + effect);
        }
    }
}
