package io.teaframe;

import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Context;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.interceptor.StateInterceptor;

/**
 * An event handler wrapped as the last interceptor of its chain. A state handler is a
 * {@link StateInterceptor}, so the chain calls it without building a context.
 */
final class HandlerInterceptor implements Interceptor {

    private final String id;
    private final ContextHandler handler;

    /** The effects handler that {@link #handler} wraps, or null for a context handler. */
    final EffectsHandler<Object> effectsHandler;

    private HandlerInterceptor(Class<?> eventType, ContextHandler handler, EffectsHandler<Object> effectsHandler) {
        this.id = idOf(eventType);
        this.handler = handler;
        this.effectsHandler = effectsHandler;
    }

    private static String idOf(Class<?> eventType) {
        return "handler:" + eventType.getName();
    }

    static <S, E> StateHandlerInterceptor<S, E> ofState(Class<E> eventType, StateHandler<S, E> handler) {
        return new StateHandlerInterceptor<>(idOf(eventType), handler);
    }

    @SuppressWarnings("unchecked")
    static <E> HandlerInterceptor ofEffects(Class<E> eventType, EffectsHandler<E> handler) {
        return new HandlerInterceptor(eventType, context -> {
            Effects effects = handler.handle(context.coeffects(), (E) context.event());
            return context.withEffects(effects == null ? Effects.none() : effects);
        }, (EffectsHandler<Object>) handler);
    }

    static Interceptor ofContext(Class<?> eventType, ContextHandler handler) {
        return new HandlerInterceptor(eventType, handler, null);
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

    /**
     * A state handler: the new state from the state and the event. The handler is the
     * before function, so the chain calls it directly; the same object back means "no
     * change", so a path interceptor writes nothing.
     */
    static final class StateHandlerInterceptor<S, E> extends StateInterceptor {

        private final StateHandler<S, E> handler;

        StateHandlerInterceptor(String id, StateHandler<S, E> handler) {
            super(id, handler, null);
            this.handler = handler;
        }

        /** Calls the handler. The frame calls this directly when the chain contains nothing else. */
        @SuppressWarnings("unchecked")
        Object handle(Object state, Object event) {
            return handler.handle((S) state, (E) event);
        }
    }
}
