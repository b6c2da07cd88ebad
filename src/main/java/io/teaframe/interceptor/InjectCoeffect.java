package io.teaframe.interceptor;

/**
 * Adds a custom coeffect to the context before the handler runs, by calling the
 * {@link CoeffectHandler} registered for its key. Made by {@link Interceptors#inject}.
 */
public final class InjectCoeffect implements Interceptor {

    private final Coeffect<?> key;
    private final Object argument;

    InjectCoeffect(Coeffect<?> key, Object argument) {
        this.key = key;
        this.argument = argument;
    }

    /** Returns the key this interceptor injects. */
    public Coeffect<?> key() {
        return key;
    }

    @Override
    public String id() {
        return "inject:" + key.name();
    }

    @Override
    public Context before(Context context) {
        return context.withCoeffects(provide(key, context));
    }

    private <T> Coeffects provide(Coeffect<T> typedKey, Context context) {
        CoeffectHandler<T> handler = context.environment().coeffectHandler(typedKey);
        if (handler == null) {
            throw new MissingCoeffectException(typedKey, "no coeffect handler is registered for '"
                    + typedKey.name() + "'; register one with Frame.registerCoeffect");
        }
        Coeffects coeffects = context.coeffects();
        return coeffects.with(typedKey, handler.provide(coeffects, argument));
    }

    @Override
    public String toString() {
        return "Interceptor[" + id() + "]";
    }
}
