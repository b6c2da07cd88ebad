package io.teaframe.effect;

import java.util.List;
import java.util.Objects;

/**
 * The result of handling an event: an optional new app state and an ordered list of
 * effect values. Immutable; every {@code with} or {@code and} method returns a copy.
 *
 * <p>"No new state" and "a new state that is null" are different: the first leaves the
 * state alone, the second writes null.
 *
 * <pre>{@code
 * return Effects.state(state.withLoading(true))
 *         .and(new DispatchLater("poll", 5_000, new Poll()));
 * }</pre>
 */
public final class Effects {

    private static final Effects NONE = new Effects(false, null, FrozenList.EMPTY);

    private final boolean hasState;
    private final Object state;
    private final List<Object> effects;

    private Effects(boolean hasState, Object state, List<Object> effects) {
        this.hasState = hasState;
        this.state = state;
        this.effects = effects;
    }

    /** Returns effects that change nothing. */
    public static Effects none() {
        return NONE;
    }

    /** Returns effects that only set the new state. */
    public static Effects state(Object newState) {
        return new Effects(true, newState, FrozenList.EMPTY);
    }

    /**
     * Returns effects with no new state and the given effect values, in order.
     *
     * @throws NullPointerException if an effect is null
     */
    public static Effects of(Object... effects) {
        return NONE.and(effects);
    }

    /** Returns true if these effects set a new state, even a null one. */
    public boolean hasState() {
        return hasState;
    }

    /**
     * Returns the new state.
     *
     * @throws IllegalStateException if there is none; check {@link #hasState()} first
     */
    public Object state() {
        if (!hasState) {
            throw new IllegalStateException("these effects set no new state");
        }
        return state;
    }

    /** Returns the effect values in the order they will run. */
    public List<Object> effects() {
        return effects;
    }

    /** Returns a copy that sets {@code newState}. */
    public Effects withState(Object newState) {
        return new Effects(true, newState, effects);
    }

    /** Returns a copy that sets no new state. */
    public Effects withoutState() {
        return new Effects(false, null, effects);
    }

    /** Returns a copy with the effect values replaced. */
    public Effects withEffects(List<?> newEffects) {
        return new Effects(hasState, state, copyOf(newEffects));
    }

    /**
     * Returns a copy with {@code more} appended after the existing effects.
     *
     * @throws NullPointerException if an effect is null
     */
    public Effects and(Object... more) {
        if (more.length == 0) {
            return this;
        }
        Object[] joined = new Object[effects.size() + more.length];
        for (int i = 0; i < effects.size(); i++) {
            joined[i] = effects.get(i);
        }
        for (int i = 0; i < more.length; i++) {
            joined[effects.size() + i] = Objects.requireNonNull(more[i], "an effect must not be null");
        }
        return new Effects(hasState, state, new FrozenList(joined));
    }

    private static List<Object> copyOf(List<?> values) {
        Object[] copy = new Object[values.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Objects.requireNonNull(values.get(i), "an effect must not be null");
        }
        return new FrozenList(copy);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Effects that)) {
            return false;
        }
        return hasState == that.hasState
                && Objects.equals(state, that.state)
                && effects.equals(that.effects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hasState, state, effects);
    }

    @Override
    public String toString() {
        return "Effects[" + (hasState ? "state=" + state + ", " : "") + "effects=" + effects + "]";
    }
}
