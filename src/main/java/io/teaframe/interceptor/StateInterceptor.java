package io.teaframe.interceptor;

import io.teaframe.effect.Effects;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * An interceptor whose steps see only the state and the event. Its {@code before} step
 * may set a new state, and its {@code after} step can only observe.
 *
 * <p>The chain calls {@link #beforeState} and {@link #afterState} directly, without
 * building a {@link Context} for the step, so these interceptors cost less per event
 * than ones made with {@link Interceptor#before} or {@link Interceptor#of}. The
 * frame's state handlers and {@link Interceptors#after} and {@link Interceptors#validate}
 * are state interceptors. {@link #before(Context)} and {@link #after(Context)} do the same
 * work over a context, for code that calls them directly.
 *
 * <p>A state interceptor made of functions (the constructor with a {@link StateFunction}
 * and a {@code BiConsumer}) costs less again: the chain calls the functions themselves,
 * one call less per step than through an overridden method.
 */
public abstract class StateInterceptor implements Interceptor {

    private final String id;
    private final boolean runsBefore;
    private final boolean runsAfter;

    /** The before step as a function, or null: then the chain calls {@link #beforeState}. */
    final StateFunction<Object, Object> beforeFunction;

    /** The after step as a function, or null: then the chain calls {@link #afterState}. */
    final BiConsumer<Object, Object> afterFunction;

    /**
     * The invariant of {@link Interceptors#validate}, or null. The chain tests it itself,
     * which saves the call of {@link #afterState} per event.
     */
    final Predicate<Object> invariant;
    final String invariantName;

    /** Creates an interceptor whose chain calls both {@link #beforeState} and {@link #afterState}. */
    protected StateInterceptor(String id) {
        this(id, true, true);
    }

    /**
     * Creates an interceptor whose chain calls only the steps it overrides, which saves
     * a call per event for each step left out.
     *
     * @param overridesBefore false if this class keeps the default {@link #beforeState}
     * @param overridesAfter false if this class keeps the default {@link #afterState}
     */
    protected StateInterceptor(String id, boolean overridesBefore, boolean overridesAfter) {
        this.id = Objects.requireNonNull(id, "id");
        this.runsBefore = overridesBefore;
        this.runsAfter = overridesAfter;
        this.beforeFunction = null;
        this.afterFunction = null;
        this.invariant = null;
        this.invariantName = null;
    }

    /**
     * Creates an interceptor made of functions. The chain calls {@code before} in place of
     * {@link #beforeState} and {@code after} in place of {@link #afterState}, so a
     * subclass that uses this constructor does not override those methods. A null
     * function means no step.
     *
     * @param before returns the new state, or the state it was given for no change
     * @param after observes the state after the handler
     */
    @SuppressWarnings("unchecked")
    protected StateInterceptor(String id, StateFunction<?, ?> before, BiConsumer<?, ?> after) {
        this.id = Objects.requireNonNull(id, "id");
        this.runsBefore = before != null;
        this.runsAfter = after != null;
        this.beforeFunction = (StateFunction<Object, Object>) before;
        this.afterFunction = (BiConsumer<Object, Object>) after;
        this.invariant = null;
        this.invariantName = null;
    }

    /** Creates the interceptor of {@link Interceptors#validate}, named {@code "validate:" + name}. */
    @SuppressWarnings("unchecked")
    StateInterceptor(String name, Predicate<?> invariant) {
        this.id = "validate:" + Objects.requireNonNull(name, "name");
        this.runsBefore = false;
        this.runsAfter = true;
        this.beforeFunction = null;
        this.afterFunction = null;
        this.invariant = (Predicate<Object>) Objects.requireNonNull(invariant, "invariant");
        this.invariantName = name;
    }

    boolean runsBefore() {
        return runsBefore;
    }

    boolean runsAfter() {
        return runsAfter;
    }

    @Override
    public final String id() {
        return id;
    }

    /**
     * Runs on the way in, with the state that the handler would see (the coeffect, which
     * a {@code path} interceptor may have narrowed) and the event. Returns the new state
     * for the effects, or {@code state} itself to leave the effects unchanged. The
     * default calls the before function, or returns {@code state} if there is none.
     */
    protected Object beforeState(Object state, Object event) {
        return beforeFunction != null ? beforeFunction.handle(state, event) : state;
    }

    /**
     * Runs on the way out, with the new state if the effects set one and the state
     * coeffect otherwise. The default calls the after function, if there is one.
     */
    protected void afterState(Object stateAfter, Object event) {
        if (afterFunction != null) {
            afterFunction.accept(stateAfter, event);
        } else if (invariant != null) {
            check(stateAfter, event);
        }
    }

    /** Throws an {@link InvariantViolationException} if the state breaks the invariant. */
    final void check(Object stateAfter, Object event) {
        if (!invariant.test(stateAfter)) {
            throw new InvariantViolationException(invariantName, event);
        }
    }

    /** Calls {@link #beforeState} and sets the state it returns, unless it returned the same object. */
    @Override
    public final Context before(Context context) {
        Object state = context.coeffects().state();
        Object next = beforeState(state, context.event());
        return next == state ? context : context.withNewState(next);
    }

    /** Calls {@link #afterState} and returns the context unchanged. */
    @Override
    public final Context after(Context context) {
        Effects effects = context.effects();
        afterState(effects.hasState() ? effects.state() : context.coeffects().state(), context.event());
        return context;
    }

    @Override
    public String toString() {
        return "Interceptor[" + id + "]";
    }
}
