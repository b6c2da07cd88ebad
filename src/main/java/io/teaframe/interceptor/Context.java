package io.teaframe.interceptor;

import io.teaframe.effect.Effects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The immutable value that flows through an interceptor chain: coeffects in, effects
 * out, and the queue and stack of interceptors. Every {@code with} method returns a
 * copy, so an interceptor cannot change what an earlier one saw.
 *
 * <p>The queue is kept as an array and a start index, and the stack as a linked list,
 * so that moving an interceptor from one to the other allocates one small object.
 */
public final class Context {

    private final Coeffects coeffects;
    private final Effects effects;
    private final Interceptor[] queue;
    private final int queueStart;
    private final StackLink stack;
    private final Environment environment;

    private Context(Coeffects coeffects, Effects effects, Interceptor[] queue, int queueStart,
            StackLink stack, Environment environment) {
        this.coeffects = coeffects;
        this.effects = effects;
        this.queue = queue;
        this.queueStart = queueStart;
        this.stack = stack;
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
     */
    public static Context start(Coeffects coeffects, Interceptor[] queue, Environment environment) {
        return new Context(coeffects, Effects.none(), queue, 0, null, environment);
    }

    public Coeffects coeffects() {
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
    public <E> E event() {
        return coeffects.event();
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
        List<Interceptor> entered = new ArrayList<>();
        for (StackLink link = stack; link != null; link = link.next) {
            entered.add(link.interceptor);
        }
        return Collections.unmodifiableList(entered);
    }

    public Context withCoeffects(Coeffects newCoeffects) {
        return new Context(Objects.requireNonNull(newCoeffects, "coeffects"), effects, queue,
                queueStart, stack, environment);
    }

    public Context withEffects(Effects newEffects) {
        return new Context(coeffects, Objects.requireNonNull(newEffects, "effects"), queue,
                queueStart, stack, environment);
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
        return new Context(coeffects, effects, extended, 0, stack, environment);
    }

    /** Returns a copy whose queue is {@code newQueue}; an empty list ends the forward phase. */
    public Context withQueue(List<? extends Interceptor> newQueue) {
        return new Context(coeffects, effects, newQueue.toArray(new Interceptor[0]), 0, stack,
                environment);
    }

    boolean hasQueued() {
        return queueStart < queue.length;
    }

    Interceptor nextQueued() {
        return queue[queueStart];
    }

    /** Moves the first queued interceptor onto the stack. */
    Context enterNext() {
        return new Context(coeffects, effects, queue, queueStart + 1,
                new StackLink(queue[queueStart], stack), environment);
    }

    boolean hasStacked() {
        return stack != null;
    }

    Interceptor topOfStack() {
        return stack.interceptor;
    }

    /** Removes the top of the stack. */
    Context leaveTop() {
        return new Context(coeffects, effects, queue, queueStart, stack.next, environment);
    }

    private static final class StackLink {
        final Interceptor interceptor;
        final StackLink next;

        StackLink(Interceptor interceptor, StackLink next) {
            this.interceptor = interceptor;
            this.next = next;
        }
    }
}
