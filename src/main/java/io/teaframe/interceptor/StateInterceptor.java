package io.teaframe.interceptor;

import io.teaframe.effect.Effects;
import java.util.Objects;

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
 */
public abstract class StateInterceptor implements Interceptor {

    private final String id;
    private final boolean runsBefore;
    private final boolean runsAfter;

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
     * default returns {@code state}.
     */
    protected Object beforeState(Object state, Object event) {
        return state;
    }

    /**
     * Runs on the way out, with the new state if the effects set one and the state
     * coeffect otherwise. The default does nothing.
     */
    protected void afterState(Object stateAfter, Object event) {
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
