package io.teaframe.interceptor;

import io.teaframe.effect.Effects;
import io.teaframe.port.RandomSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The immutable value that flows through an interceptor chain: coeffects in, effects
 * out, and the queue and stack of interceptors. Every {@code with} method returns a
 * copy, so an interceptor cannot change what an earlier one saw.
 *
 * <p>The queue is kept as an array and a start index, and the stack as an array and a
 * depth: the stack holds {@code stack[0]} to {@code stack[depth - 1]}, innermost last.
 * Contexts never write to either array. The chain runner writes only to a stack array
 * that it allocated itself, and only at indexes that no context has seen yet (see
 * {@link Chain}). While no interceptor changes the queue, the stack array is the queue
 * array itself, because the entered interceptors are then exactly the queue's first
 * {@code depth} entries.
 */
public final class Context {

    /**
     * The coeffects, or null until first asked for in a context that the chain runner
     * built from the four fields below. Most steps never read them, and one object less
     * per event means fewer garbage collections while many events wait in the queue.
     */
    private Coeffects coeffects;
    private final Object state;
    private final Object event;
    private final double now;
    private final RandomSource random;

    private final Effects effects;
    private final Interceptor[] queue;
    private final int queueStart;
    private final Interceptor[] stack;
    private final int depth;
    private final Environment environment;

    Context(Coeffects coeffects, Effects effects, Interceptor[] queue, int queueStart,
            Interceptor[] stack, int depth, Environment environment) {
        this(coeffects, null, null, 0, null, effects, queue, queueStart, stack, depth, environment);
    }

    /** A context whose coeffects are built from the state, event, time and random source when first read. */
    Context(Object state, Object event, double now, RandomSource random, Effects effects, Interceptor[] queue,
            int queueStart, Interceptor[] stack, int depth, Environment environment) {
        this(null, state, event, now, random, effects, queue, queueStart, stack, depth, environment);
    }

    private Context(Coeffects coeffects, Object state, Object event, double now, RandomSource random,
            Effects effects, Interceptor[] queue, int queueStart, Interceptor[] stack, int depth,
            Environment environment) {
        this.coeffects = coeffects;
        this.state = state;
        this.event = event;
        this.now = now;
        this.random = random;
        this.effects = effects;
        this.queue = queue;
        this.queueStart = queueStart;
        this.stack = stack;
        this.depth = depth;
        this.environment = environment;
    }

    /** Returns a fresh context: no effects, an empty stack and the given queue. */
    public static Context start(Coeffects coeffects, List<? extends Interceptor> queue,
            Environment environment) {
        return start(coeffects, queue.toArray(new Interceptor[0]), environment);
    }

    /**
     * Returns a fresh context over {@code queue}, which is shared, not copied: contexts
     * never write to it, and the caller must not either. The frame reuses one array per
     * handler, so starting an event allocates no copy of its chain.
     *
     * @throws NullPointerException if {@code coeffects} is null
     */
    public static Context start(Coeffects coeffects, Interceptor[] queue, Environment environment) {
        return new Context(Objects.requireNonNull(coeffects, "coeffects"), Effects.none(), queue, 0, queue, 0,
                environment);
    }

    public Coeffects coeffects() {
        if (coeffects == null) {
            coeffects = Coeffects.of(state, event, now, random);
        }
        return coeffects;
    }

    public Effects effects() {
        return effects;
    }

    /** Returns the frame services that the standard interceptors use. */
    public Environment environment() {
        return environment;
    }

    /** Returns the event being handled. The cast is unchecked. */
    @SuppressWarnings("unchecked")
    public <E> E event() {
        return coeffects != null ? coeffects.event() : (E) event;
    }

    /** Returns the interceptors not yet entered, first one first. */
    public List<Interceptor> queue() {
        List<Interceptor> remaining = new ArrayList<>(queue.length - queueStart);
        for (int i = queueStart; i < queue.length; i++) {
            remaining.add(queue[i]);
        }
        return Collections.unmodifiableList(remaining);
    }

    /** Returns the interceptors entered whose {@code after} is still to run, innermost first. */
    public List<Interceptor> stack() {
        List<Interceptor> entered = new ArrayList<>(depth);
        for (int i = depth - 1; i >= 0; i--) {
            entered.add(stack[i]);
        }
        return Collections.unmodifiableList(entered);
    }

    public Context withCoeffects(Coeffects newCoeffects) {
        return new Context(Objects.requireNonNull(newCoeffects, "coeffects"), effects, queue,
                queueStart, stack, depth, environment);
    }

    public Context withEffects(Effects newEffects) {
        return copy(Objects.requireNonNull(newEffects, "effects"), queue, queueStart);
    }

    /** Returns a copy whose effects set {@code newState}. */
    public Context withNewState(Object newState) {
        return withEffects(effects.withState(newState));
    }

    /** Returns a copy with {@code more} appended to the effect values. */
    public Context withEffect(Object... more) {
        return withEffects(effects.and(more));
    }

    /** Returns a copy with {@code more} added at the end of the queue. */
    public Context enqueue(Interceptor... more) {
        Interceptor[] extended = new Interceptor[queue.length - queueStart + more.length];
        System.arraycopy(queue, queueStart, extended, 0, queue.length - queueStart);
        for (int i = 0; i < more.length; i++) {
            extended[queue.length - queueStart + i] = Objects.requireNonNull(more[i], "interceptor");
        }
        return copy(effects, extended, 0);
    }

    /** Returns a copy whose queue is {@code newQueue}; an empty list ends the forward phase. */
    public Context withQueue(List<? extends Interceptor> newQueue) {
        return copy(effects, newQueue.toArray(new Interceptor[0]), 0);
    }

    /** Returns a copy with the same coeffects and the same stack. */
    private Context copy(Effects newEffects, Interceptor[] newQueue, int newQueueStart) {
        return new Context(coeffects, state, event, now, random, newEffects, newQueue, newQueueStart, stack, depth,
                environment);
    }

    Interceptor[] queueArray() {
        return queue;
    }

    int queueStart() {
        return queueStart;
    }

    Interceptor[] stackArray() {
        return stack;
    }

    int depth() {
        return depth;
    }
}
