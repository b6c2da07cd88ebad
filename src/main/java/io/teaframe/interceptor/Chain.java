package io.teaframe.interceptor;

import io.teaframe.effect.Effects;
import io.teaframe.port.RandomSource;
import java.util.List;

/**
 * Runs an interceptor chain over a context, as this package's documentation describes.
 *
 * <p>The runner keeps the chain's position (queue and stack), the coeffects and the
 * effects in its own fields and builds a {@link Context} only for a step that takes
 * one. A {@link StateInterceptor} gets the state and the event instead, and a step of
 * {@link Interceptor#before} or {@link Interceptor#after} that was given no function
 * does nothing, so neither needs a context. Every context that a step receives is a new
 * immutable value that shows the queue and the stack at that step, as if each step had
 * received a copy. Where an interceptor was made of functions (a state handler,
 * {@link Interceptors#after}, {@link Interceptors#validate}, {@link Interceptor#of}), the
 * runner calls the function, not the interceptor's method that would call it.
 *
 * <p>An instance can be reused for one run after another but runs one chain at a time.
 * It remembers the step kinds of the last queue array that it started with. The frame
 * keeps one runner per handler, which always runs the same array, so it checks each
 * interceptor's class once instead of at every step.
 */
public final class Chain {

    // The kind of a step: how the runner calls an interceptor's before (low bits) and
    // after (high bits). Where the interceptor was made of functions, the runner calls
    // the function itself, which saves one call per step.
    private static final int BEFORE_MASK = 7;
    private static final int BEFORE_NOTHING = 0;
    private static final int BEFORE_STATE = 1;
    private static final int BEFORE_STATE_FUNCTION = 2;
    private static final int BEFORE_CONTEXT_FUNCTION = 3;
    private static final int BEFORE_CONTEXT = 4;

    private static final int AFTER_MASK = 7 << 3;
    private static final int AFTER_NOTHING = 0;
    private static final int AFTER_STATE = 1 << 3;
    private static final int AFTER_CONSUMER = 2 << 3;
    private static final int AFTER_INVARIANT = 3 << 3;
    private static final int AFTER_CONTEXT_FUNCTION = 4 << 3;
    private static final int AFTER_CONTEXT = 5 << 3;

    /** {@code Effects.none()}, kept here because a static read costs a class initialisation check in TeaVM. */
    private final Effects noEffects = Effects.none();

    /**
     * The queue array of the last {@link #runEvent}, and the step kinds of its
     * interceptors. A char array, because every app already contains TeaVM's char array
     * code for strings, and an int array would add its own.
     */
    private Interceptor[] plannedQueue;
    private char[] plannedKinds;

    /**
     * The steps of the planned queue for {@link #runPlain}, or null if it has a step that
     * the plain run does not take (see {@link #canRunPlain}). The before steps are in queue
     * order: per step either a state interceptor or a function interceptor, with its index
     * in the queue. The after steps are in the order they run. Each array holds only the
     * steps that do something.
     */
    private StateInterceptor[] plainStates;
    private FunctionInterceptor[] plainFunctions;
    private char[] plainIndexes;
    private StateInterceptor[] plainAfters;

    /**
     * The step of {@link #runEventUnwrapped} in progress: the interceptor's index in the
     * queue during {@code before}, {@code -1 - index} during {@code after}, and
     * {@link #NOT_IN_STEP} outside the steps: before the first, after the last, and once
     * the general loop took over.
     */
    private int currentStep = NOT_IN_STEP;
    private static final int NOT_IN_STEP = Integer.MIN_VALUE;

    /**
     * The coeffects, or null until the first step that takes a context. The state and
     * the event are always current, and while the coeffects are not built they are built
     * from the four fields, so that an event whose steps take no context costs no
     * Coeffects object.
     */
    private Coeffects coeffects;
    private Object state;
    private Object event;
    private double now;
    private RandomSource random;

    /** The effects, except that a state interceptor's new state may be pending. */
    private Effects effects;
    private boolean newStatePending;
    private Object pendingState;

    private Interceptor[] queue;
    private int queueStart;
    private Interceptor[] stack;
    private int depth;
    private Environment environment;

    /**
     * The stack array that this run allocated, or null. Only this array is ever written,
     * and only at indexes from {@link #seenDepth} up, which no context has seen.
     */
    private Interceptor[] ownStack;
    private int seenDepth;

    /** True if the current run went on in {@link #runSteps()}, which uses the fields above. */
    private boolean looped;

    /** Creates a runner with no run in progress. */
    public Chain() {
    }

    /**
     * Runs every {@code before} in queue order, then every {@code after} in reverse,
     * and returns the final context. Every {@code Throwable} is caught, so that an
     * {@code AssertionError} or a stack overflow in one handler is reported like any
     * other failure instead of stopping the router.
     *
     * @throws ChainFailure if a step throws, naming the interceptor and the step
     */
    public static Context run(Context start) {
        Chain chain = new Chain();
        chain.load(start);
        chain.runSteps();
        return chain.context();
    }

    /**
     * Runs {@code queue} for one event from the state and the event, with no effects and
     * an empty stack, as {@link #run(Context)} does for {@link Context#start}. The
     * results stay readable through {@link #hasNewState()}, {@link #newState()} and
     * {@link #effectValues()} until {@link #reset()}, which the caller must call after
     * the run, also when it threw. One runner must not start a run inside another: an
     * interceptor that needs a chain of its own uses another instance or
     * {@link #run(Context)}.
     *
     * @param queue the chain, which is shared and never written, as in {@link Context#start}
     * @throws ChainFailure if a step throws, naming the interceptor and the step
     */
    public void runEvent(Object state, Object event, double now, RandomSource random, Interceptor[] queue,
            Environment environment) {
        try {
            runEventUnwrapped(state, event, now, random, queue, environment);
        } catch (Throwable e) {
            ChainFailure failure = failureOf(e);
            if (failure == null) {
                throw e;
            }
            throw failure;
        }
    }

    /**
     * Runs {@code queue} as {@link #runEvent} does, but lets whatever a step throws
     * propagate as it was thrown, for a caller that catches anyway and then calls
     * {@link #failureOf}. This method has no try block: with one, even one around each
     * step's call only, DispatchBench's rounds of 100,000 events took about 12% longer in
     * Chromium 156 on a 2-processor virtual machine. Calling this method in place of
     * runEvent saved about 0.4 ms more of such a round, an estimate from a loaded machine.
     */
    public void runEventUnwrapped(Object state, Object event, double now, RandomSource random, Interceptor[] queue,
            Environment environment) {
        currentStep = NOT_IN_STEP;
        plan(queue);
        char[] kinds = plannedKinds;
        int length = queue.length;

        // The run keeps its position, its pending state and its effects in locals, which cost
        // less than the runner's fields, while every step hands back what it was given.
        // A step that returns another context hands the run to the general loop.
        Effects runEffects = noEffects;
        boolean hasPending = false;
        Object pending = null;
        Context handedOver = null;
        for (int index = 0; index < length; index++) {
            int kind = kinds[index] & BEFORE_MASK;
            if (kind == BEFORE_NOTHING) {
                continue;
            }
            currentStep = index;
            if (kind < BEFORE_CONTEXT_FUNCTION) {
                Object result = beforeState(kind, queue[index], state, event);
                if (result != state) {
                    hasPending = true;
                    pending = result;
                }
                continue;
            }
            if (hasPending) {
                runEffects = runEffects.withState(pending);
                hasPending = false;
                pending = null;
            }
            // While the queue is unchanged, the stack is its first index + 1 entries.
            Context given = new Context(state, event, now, random, runEffects, queue, index + 1, queue,
                    index + 1, environment);
            Context result = before(kind, queue[index], given);
            if (result != given) {
                handedOver = result;
                break;
            }
        }

        for (int index = length - 1; handedOver == null && index >= 0; index--) {
            int kind = kinds[index] & AFTER_MASK;
            if (kind == AFTER_NOTHING) {
                continue;
            }
            currentStep = -1 - index;
            if (kind < AFTER_CONTEXT_FUNCTION) {
                Object after = hasPending ? pending : runEffects.hasState() ? runEffects.state() : state;
                afterState(kind, queue[index], after, event);
                continue;
            }
            if (hasPending) {
                runEffects = runEffects.withState(pending);
                hasPending = false;
                pending = null;
            }
            Context given = new Context(state, event, now, random, runEffects, queue, length, queue, index,
                    environment);
            Context result = after(kind, queue[index], given);
            if (result != given) {
                handedOver = result;
                break;
            }
        }
        currentStep = NOT_IN_STEP;
        if (handedOver != null) {
            continueInLoop(handedOver, now, random);
            return;
        }
        effects = runEffects;
        newStatePending = hasPending;
        pendingState = pending;
    }

    /**
     * Runs the rest of an event's chain with {@link #runSteps()}, from the context that
     * a step returned in place of the one it was given.
     */
    private void continueInLoop(Context result, double now, RandomSource random) {
        looped = true;
        this.now = now;
        this.random = random;
        ownStack = null;
        seenDepth = 0;
        load(result);
        runSteps();
    }

    /**
     * Returns the {@link ChainFailure} that {@link #runEvent} throws for {@code thrown},
     * which the last {@link #runEventUnwrapped} threw: a new one that names the step that
     * was running, {@code thrown} itself if it is a {@code ChainFailure} from the general
     * loop, or null if it came from outside any step.
     */
    public ChainFailure failureOf(Throwable thrown) {
        int step = currentStep;
        if (step == NOT_IN_STEP) {
            return thrown instanceof ChainFailure failure ? failure : null;
        }
        return step >= 0
                ? new ChainFailure(plannedQueue[step], false, thrown)
                : new ChainFailure(plannedQueue[-1 - step], true, thrown);
    }

    /**
     * Returns true if {@link #runPlain} can run {@code queue}: every before step is a
     * state step or the function of {@link Interceptor#before}, and every after step is a
     * state step. Most chains are like this: a state handler, global interceptors made
     * with {@link Interceptors#after}, {@link Interceptors#validate} and
     * {@link Interceptor#before}.
     */
    public boolean canRunPlain(Interceptor[] queue) {
        plan(queue);
        return plainStates != null;
    }

    /**
     * Runs {@code queue}, which {@link #canRunPlain} must accept, for one event, as
     * {@link #runEventUnwrapped} does, and returns the new state: the state itself if no
     * step set another.
     *
     * <p>It gives the same outcome as {@code runEventUnwrapped} at a lower cost in the
     * browser. With the frame's short path it took DispatchBench's round of 100,000
     * events from about 8.5 to 7.4 ms in Chromium 156 (fastest rounds, one machine).
     *
     * <p>A function step that returns another context than the one it was given hands
     * the rest of the run to the general loop. Then this method returns the runner
     * itself, and the caller reads the outcome through {@link #hasNewState()},
     * {@link #newState()} and {@link #effectValues()}, and calls {@link #reset()}.
     *
     * @throws ChainFailure if a step throws, naming the interceptor and the step
     */
    public Object runPlain(Object state, Object event, double now, RandomSource random, Interceptor[] queue,
            Environment environment) {
        plan(queue);
        StateInterceptor[] states = plainStates;
        if (states == null) {
            throw new IllegalArgumentException("the chain has a step that only the general runner takes");
        }
        FunctionInterceptor[] functions = plainFunctions;
        StateInterceptor[] afters = plainAfters;
        Object result = state;
        Context handedOver = null;
        int step = 0;
        boolean inAfter = false;
        try {
            for (; step < states.length; step++) {
                StateInterceptor stateStep = states[step];
                if (stateStep != null) {
                    StateFunction<Object, Object> function = stateStep.beforeFunction;
                    Object next = function != null ? function.handle(state, event) : stateStep.beforeState(state, event);
                    if (next != state) {
                        result = next;
                    }
                    continue;
                }
                // While the queue is unchanged, the stack is its first index + 1 entries.
                int entered = plainIndexes[step] + 1;
                Context given = new Context(state, event, now, random,
                        result != state ? Effects.state(result) : noEffects, queue, entered, queue, entered,
                        environment);
                Context returned = functions[step].before.apply(given);
                if (returned != given) {
                    handedOver = requireContext(returned, functions[step]);
                    break;
                }
            }
            if (handedOver == null) {
                inAfter = true;
                for (step = 0; step < afters.length; step++) {
                    StateInterceptor afterStep = afters[step];
                    if (afterStep.afterFunction != null) {
                        afterStep.afterFunction.accept(result, event);
                    } else if (afterStep.invariant != null) {
                        afterStep.check(result, event);
                    } else {
                        afterStep.afterState(result, event);
                    }
                }
            }
        } catch (Throwable thrown) {
            // failureOf passes this failure on as it is.
            currentStep = NOT_IN_STEP;
            Interceptor failed;
            if (inAfter) {
                failed = afters[step];
            } else if (states[step] != null) {
                failed = states[step];
            } else {
                failed = functions[step];
            }
            throw new ChainFailure(failed, inAfter, thrown);
        }
        if (handedOver == null) {
            return result;
        }
        continueInLoop(handedOver, now, random);
        return this;
    }

    /** Remembers the step kinds of {@code queue}, and its plain steps if it has them. */
    private void plan(Interceptor[] queue) {
        // The check alone, so that the browser's engine inlines it where an event is run.
        if (queue != plannedQueue) {
            replan(queue);
        }
    }

    private void replan(Interceptor[] queue) {
        plannedKinds = kindsOf(queue);
        plannedQueue = queue;
        plainStates = null;
        plainFunctions = null;
        plainIndexes = null;
        plainAfters = null;

        int befores = 0;
        int afters = 0;
        for (int i = 0; i < queue.length; i++) {
            int before = plannedKinds[i] & BEFORE_MASK;
            int after = plannedKinds[i] & AFTER_MASK;
            if (before > BEFORE_CONTEXT_FUNCTION || after >= AFTER_CONTEXT_FUNCTION || i > Character.MAX_VALUE) {
                return;
            }
            befores += before != BEFORE_NOTHING ? 1 : 0;
            afters += after != AFTER_NOTHING ? 1 : 0;
        }
        plainStates = new StateInterceptor[befores];
        plainFunctions = new FunctionInterceptor[befores];
        plainIndexes = new char[befores];
        plainAfters = new StateInterceptor[afters];
        int before = 0;
        int after = 0;
        for (int i = 0; i < queue.length; i++) {
            int kind = plannedKinds[i] & BEFORE_MASK;
            if (kind == BEFORE_CONTEXT_FUNCTION) {
                plainFunctions[before] = (FunctionInterceptor) queue[i];
            } else if (kind != BEFORE_NOTHING) {
                plainStates[before] = (StateInterceptor) queue[i];
            }
            if (kind != BEFORE_NOTHING) {
                plainIndexes[before] = (char) i;
                before++;
            }
        }
        for (int i = queue.length - 1; i >= 0; i--) {
            if ((plannedKinds[i] & AFTER_MASK) != AFTER_NOTHING) {
                plainAfters[after] = (StateInterceptor) queue[i];
                after++;
            }
        }
    }

    private static char[] kindsOf(Interceptor[] interceptors) {
        char[] kinds = new char[interceptors.length];
        for (int i = 0; i < interceptors.length; i++) {
            kinds[i] = kindOf(interceptors[i]);
        }
        return kinds;
    }

    private static char kindOf(Interceptor interceptor) {
        if (interceptor instanceof StateInterceptor state) {
            int before = state.beforeFunction != null ? BEFORE_STATE_FUNCTION
                    : state.runsBefore() ? BEFORE_STATE : BEFORE_NOTHING;
            int after = state.invariant != null ? AFTER_INVARIANT
                    : state.afterFunction != null ? AFTER_CONSUMER
                    : state.runsAfter() ? AFTER_STATE : AFTER_NOTHING;
            return (char) (before | after);
        }
        if (interceptor instanceof FunctionInterceptor function) {
            return (char) ((function.before != null ? BEFORE_CONTEXT_FUNCTION : BEFORE_NOTHING)
                    | (function.after != null ? AFTER_CONTEXT_FUNCTION : AFTER_NOTHING));
        }
        return (char) (BEFORE_CONTEXT | AFTER_CONTEXT);
    }

    // The calls of one step, by kind. A state step returns the new state, or the state it
    // was given for no change. A context step returns the context to go on with.

    private static Object beforeState(int kind, Interceptor interceptor, Object state, Object event) {
        StateInterceptor step = (StateInterceptor) interceptor;
        return kind == BEFORE_STATE_FUNCTION ? step.beforeFunction.handle(state, event) : step.beforeState(state, event);
    }

    private static void afterState(int kind, Interceptor interceptor, Object stateAfter, Object event) {
        if (kind == AFTER_CONSUMER) {
            ((StateInterceptor) interceptor).afterFunction.accept(stateAfter, event);
        } else if (kind == AFTER_INVARIANT) {
            ((StateInterceptor) interceptor).check(stateAfter, event);
        } else {
            ((StateInterceptor) interceptor).afterState(stateAfter, event);
        }
    }

    private static Context before(int kind, Interceptor interceptor, Context given) {
        Context result = kind == BEFORE_CONTEXT_FUNCTION
                ? ((FunctionInterceptor) interceptor).before.apply(given)
                : interceptor.before(given);
        return requireContext(result, interceptor);
    }

    private static Context after(int kind, Interceptor interceptor, Context given) {
        Context result = kind == AFTER_CONTEXT_FUNCTION
                ? ((FunctionInterceptor) interceptor).after.apply(given)
                : interceptor.after(given);
        return requireContext(result, interceptor);
    }

    /** Returns true if the finished run's effects set a new state, even a null one. */
    public boolean hasNewState() {
        return newStatePending || effects.hasState();
    }

    /**
     * Returns the new state of the finished run.
     *
     * @throws IllegalStateException if it set none; check {@link #hasNewState()} first
     */
    public Object newState() {
        return newStatePending ? pendingState : effects.state();
    }

    /** Returns the effect values of the finished run, in order. */
    public List<Object> effectValues() {
        return effects.effects();
    }

    /** Ends the run: drops every reference it held, so the runner can start another. */
    public void reset() {
        effects = null;
        pendingState = null;
        if (!looped) {
            // A run that stayed in runEvent's locals wrote no other field.
            return;
        }
        looped = false;
        state = null;
        event = null;
        random = null;
        coeffects = null;
        effects = null;
        pendingState = null;
        queue = null;
        stack = null;
        environment = null;
        ownStack = null;
    }

    private void runSteps() {
        while (queueStart < queue.length) {
            Interceptor next = queue[queueStart];
            int kind = queue == plannedQueue ? plannedKinds[queueStart] : kindOf(next);
            queueStart++;
            push(next);
            try {
                kind &= BEFORE_MASK;
                if (kind == BEFORE_STATE || kind == BEFORE_STATE_FUNCTION) {
                    Object current = state;
                    Object result = beforeState(kind, next, current, event);
                    if (result != current) {
                        newStatePending = true;
                        pendingState = result;
                    }
                } else if (kind != BEFORE_NOTHING) {
                    Context given = context();
                    continueFrom(before(kind, next, given), given);
                }
            } catch (Throwable e) {
                throw new ChainFailure(next, false, e);
            }
        }

        while (depth > 0) {
            depth--;
            Interceptor top = stack[depth];
            int kind = stack == plannedQueue ? plannedKinds[depth] : kindOf(top);
            try {
                kind &= AFTER_MASK;
                if (kind != AFTER_NOTHING && kind < AFTER_CONTEXT_FUNCTION) {
                    afterState(kind, top, stateAfter(), event);
                } else if (kind != AFTER_NOTHING) {
                    Context given = context();
                    continueFrom(after(kind, top, given), given);
                }
            } catch (Throwable e) {
                throw new ChainFailure(top, true, e);
            }
        }
    }

    /** Returns the new state if the effects set one, and the state coeffect otherwise. */
    private Object stateAfter() {
        if (newStatePending) {
            return pendingState;
        }
        return effects.hasState() ? effects.state() : state;
    }

    /**
     * Puts {@code entering} on top of the stack. When the stack array already contains it
     * at that index, as the queue array does while no interceptor changed the queue, only
     * the depth moves. Otherwise it is written to this run's own array, which is copied first if a
     * context may have seen the index.
     */
    private void push(Interceptor entering) {
        int length = stack.length;
        if (depth < length && stack[depth] == entering) {
            depth++;
            return;
        }
        if (stack != ownStack || depth < seenDepth || depth == length) {
            // A loop, not System.arraycopy, which would add its checks to every app.
            Interceptor[] copy = new Interceptor[2 * (depth + 1) + queue.length - queueStart];
            for (int i = 0; i < depth; i++) {
                copy[i] = stack[i];
            }
            stack = copy;
            ownStack = copy;
            seenDepth = 0;
        }
        stack[depth] = entering;
        depth++;
    }

    /** Builds the context of the current step from the runner's fields. */
    private Context context() {
        if (coeffects == null) {
            coeffects = Coeffects.of(state, event, now, random);
        }
        if (newStatePending) {
            effects = effects.withState(pendingState);
            newStatePending = false;
            pendingState = null;
        }
        if (stack == ownStack && depth > seenDepth) {
            seenDepth = depth;
        }
        return new Context(coeffects, effects, queue, queueStart, stack, depth, environment);
    }

    /** Continues from {@code context}, which a step returned; the same context back changed nothing. */
    private void continueFrom(Context result, Context given) {
        if (result != given) {
            load(result);
        }
    }

    /** Continues from {@code context}, the one a step returned. */
    private void load(Context context) {
        coeffects = context.coeffects();
        state = coeffects.state();
        event = coeffects.event();
        effects = context.effects();
        newStatePending = false;
        pendingState = null;
        queue = context.queueArray();
        queueStart = context.queueStart();
        stack = context.stackArray();
        depth = context.depth();
        environment = context.environment();
    }

    private static Context requireContext(Context result, Interceptor from) {
        if (result == null) {
            throw new NullPointerException("interceptor '" + from.id() + "' returned a null context");
        }
        return result;
    }
}
