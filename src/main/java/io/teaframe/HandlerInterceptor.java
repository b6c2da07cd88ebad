package io.teaframe;

import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Context;
import io.teaframe.interceptor.Interceptor;

/** An event handler wrapped as the last interceptor of its chain. */
final class HandlerInterceptor implements Interceptor {

    private final String id;
    private final ContextHandler handler;

    private HandlerInterceptor(Class<?> eventType, ContextHandler handler) {
        this.id = "handler:" + eventType.getName();
        this.handler = handler;
    }

    @SuppressWarnings("unchecked")
    static <S, E> HandlerInterceptor ofState(Class<E> eventType, StateHandler<S, E> handler) {
        return new HandlerInterceptor(eventType, context -> {
            S current = context.coeffects().state();
            S next = handler.handle(current, (E) context.event());

            // The same object back means "no change", so a path interceptor writes nothing.
            return next == current ? context : context.withNewState(next);
        });
    }

    @SuppressWarnings("unchecked")
    static <E> HandlerInterceptor ofEffects(Class<E> eventType, EffectsHandler<E> handler) {
        return new HandlerInterceptor(eventType, context -> {
            Effects effects = handler.handle(context.coeffects(), (E) context.event());
            return context.withEffects(effects == null ? Effects.none() : effects);
        });
    }

    static HandlerInterceptor ofContext(Class<?> eventType, ContextHandler handler) {
        return new HandlerInterceptor(eventType, handler);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Context before(Context context) {
        return handler.handle(context);
    }

    @Override
    public String toString() {
        return "Interceptor[" + id + "]";
    }
}
