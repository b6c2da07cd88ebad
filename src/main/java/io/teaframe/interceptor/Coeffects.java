package io.teaframe.interceptor;

import io.teaframe.port.RandomSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The inputs a handler may read: the app state, the event, the time, a random
 * source, and custom values injected by interceptors. Immutable.
 *
 * <p>The state, event, time and random source are always present. Custom values are
 * present only when an interceptor injected them; reading one that is absent throws a
 * {@link MissingCoeffectException} naming it.
 */
public final class Coeffects {

    private final Object state;
    private final Object event;
    private final double now;
    private final RandomSource random;
    /** The injected values, or null while there are none (no map per event). */
    private final Map<Coeffect<?>, Object> custom;

    private Coeffects(Object state, Object event, double now, RandomSource random,
            Map<Coeffect<?>, Object> custom) {
        this.state = state;
        this.event = event;
        this.now = now;
        this.random = random;
        this.custom = custom;
    }

    /** Returns the coeffects for {@code event}, with no custom values yet. */
    public static Coeffects of(Object state, Object event, double now, RandomSource random) {
        return new Coeffects(state, event, now, random, null);
    }

    /**
     * Returns the app state as this handler sees it: the whole state, or the part
     * selected by a {@code path} interceptor. The cast is unchecked.
     */
    @SuppressWarnings("unchecked")
    public <S> S state() {
        return (S) state;
    }

    /** Returns the event being handled. The cast is unchecked. */
    @SuppressWarnings("unchecked")
    public <E> E event() {
        return (E) event;
    }

    /** Returns the time the event's handling started, in clock milliseconds. */
    public double now() {
        return now;
    }

    /** Returns the random source; deterministic in tests. */
    public RandomSource random() {
        return random;
    }

    /** Returns true if an interceptor injected {@code key}. */
    public boolean has(Coeffect<?> key) {
        return custom != null && custom.containsKey(key);
    }

    /**
     * Returns the injected value of {@code key}, which may be null.
     *
     * @throws MissingCoeffectException if no interceptor injected it
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Coeffect<T> key) {
        if (!has(key)) {
            throw new MissingCoeffectException(key, "coeffect '" + key.name()
                    + "' was not injected; add Interceptors.inject(" + key.name()
                    + ") to the handler's interceptors");
        }
        return (T) custom.get(key);
    }

    /** Returns a copy with another state. */
    public Coeffects withState(Object newState) {
        return new Coeffects(newState, event, now, random, custom);
    }

    /** Returns a copy with another event. */
    public Coeffects withEvent(Object newEvent) {
        return new Coeffects(state, newEvent, now, random, custom);
    }

    /** Returns a copy in which {@code key} has {@code value}. */
    public <T> Coeffects with(Coeffect<T> key, T value) {
        Map<Coeffect<?>, Object> copy = custom == null ? new HashMap<>() : new HashMap<>(custom);
        copy.put(key, value);
        return new Coeffects(state, event, now, random, copy);
    }

    /** Returns a copy without {@code key}. */
    public Coeffects without(Coeffect<?> key) {
        if (!has(key)) {
            return this;
        }
        Map<Coeffect<?>, Object> copy = new HashMap<>(custom);
        copy.remove(key);
        return new Coeffects(state, event, now, random, copy);
    }

    @Override
    public String toString() {
        // Without the time: appending a double would pull TeaVM's double formatting
        // code into every app.
        return "Coeffects[state=" + state + ", event=" + event + ", custom=" + (custom == null ? "{}" : custom) + "]";
    }
}
