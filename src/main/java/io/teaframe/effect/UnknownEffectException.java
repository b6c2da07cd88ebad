package io.teaframe.effect;

/** An event returned an effect whose class has no registered {@link EffectHandler}. */
public final class UnknownEffectException extends RuntimeException {

    private final transient Object effect;

    public UnknownEffectException(Object effect) {
        super("no effect handler is registered for " + effect.getClass().getName()
                + "; register one with Frame.registerEffect");
        this.effect = effect;
    }

    /** Returns the effect that had no handler. */
    public Object effect() {
        return effect;
    }
}
