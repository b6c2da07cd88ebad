package io.teaframe.testkit;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Clock;
import io.teaframe.port.Delays;
import io.teaframe.port.Scheduler;
import java.util.PriorityQueue;

/**
 * A scheduler and clock on virtual time, for tests. Time starts at 0 and moves only
 * through {@link #advance(double)}; tasks run only inside {@link #runDue()} and
 * {@link #advance(double)}.
 *
 * <p>Ordering: tasks run by due time, and tasks due at the same time run in the order
 * they were scheduled, whatever their kind. A next-tick task is due now. An animation
 * frame is due at the next multiple of {@link #FRAME_MILLIS}, as if the display
 * refreshed at 60 Hz from time 0. A microtask runs before every other task, as in a
 * browser: right after the task that scheduled it, or first in the next
 * {@link #runDue()} or {@link #advance(double)} call when scheduled outside a task.
 */
public final class VirtualTime implements Scheduler, Clock {

    /** The virtual display's frame interval, in milliseconds. */
    public static final double FRAME_MILLIS = 16;

    /**
     * The maximum number of tasks that one {@link #runDue()} or {@link #advance(double)}
     * call runs. Past it, the call throws, because tasks keep scheduling each other.
     */
    public static final int MAX_TASKS_PER_CALL = 1_000_000;

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private double now;
    private long sequence;
    private double epochAtZero;

    @Override
    public double now() {
        return now;
    }

    /**
     * Returns the virtual wall clock: the epoch set by {@link #setEpochMillis(double)}
     * plus the virtual time that passed since. Before any call it is 0 at time 0, which
     * is 1970-01-01T00:00:00Z.
     */
    @Override
    public double epochMillis() {
        return epochAtZero + now;
    }

    /** Sets the virtual wall clock to {@code epochMillis} now; it then moves with virtual time. */
    public void setEpochMillis(double epochMillis) {
        this.epochAtZero = epochMillis - now;
    }

    @Override
    public Cancellable nextTick(Runnable task) {
        return add(now, task);
    }

    @Override
    public Cancellable microtask(Runnable task) {
        Task microtask = new Task(now, sequence++, task, true);
        tasks.add(microtask);
        return microtask;
    }

    @Override
    public Cancellable timeout(double delayMillis, Runnable task) {
        Delays.requireFinite(delayMillis, "delayMillis");
        return add(now + Math.max(0, delayMillis), task);
    }

    @Override
    public Cancellable animationFrame(Runnable task) {
        double nextFrame = (Math.floor(now / FRAME_MILLIS) + 1) * FRAME_MILLIS;
        return add(nextFrame, task);
    }

    /**
     * Runs every task due now, including tasks that those tasks schedule for now, and
     * returns how many ran. Time moves only if a task calls {@link #spend(double)}.
     *
     * @throws IllegalStateException if more than {@link #MAX_TASKS_PER_CALL} tasks ran
     */
    public int runDue() {
        return runUntil(now);
    }

    /**
     * Moves time forward by {@code millis}, running each task when its due time is
     * reached, in order, and then the tasks due at the end. Returns how many ran.
     *
     * @throws IllegalArgumentException if {@code millis} is negative or not finite
     * @throws IllegalStateException if more than {@link #MAX_TASKS_PER_CALL} tasks ran
     */
    public int advance(double millis) {
        if (!(millis >= 0) || Double.isInfinite(millis)) {
            throw new IllegalArgumentException("millis must be zero or more and finite, was " + millis);
        }
        return runUntil(now + millis);
    }

    /**
     * Moves time to the next pending task's due time and runs everything due then.
     * Returns false if nothing is pending.
     */
    public boolean runNext() {
        Task next = peekLive();
        if (next == null) {
            return false;
        }
        runUntil(Math.max(now, next.due));
        return true;
    }

    /** Returns the number of tasks scheduled and not yet run or cancelled. */
    public int pending() {
        int count = 0;
        for (Task task : tasks) {
            if (!task.cancelled) {
                count++;
            }
        }
        return count;
    }

    /** Moves the clock by {@code millis} without running anything, as a slow handler would. */
    public void spend(double millis) {
        if (!(millis >= 0)) {
            throw new IllegalArgumentException("millis must be zero or more, was " + millis);
        }
        now += millis;
    }

    private int runUntil(double target) {
        int ran = 0;
        while (true) {
            // A task may spend time; tasks that became due meanwhile run too.
            Task next = peekLive();
            if (next == null || next.due > Math.max(target, now)) {
                break;
            }
            tasks.poll();
            now = Math.max(now, next.due);
            next.done = true;
            next.runnable.run();
            ran++;
            if (ran > MAX_TASKS_PER_CALL) {
                throw new IllegalStateException("more than " + MAX_TASKS_PER_CALL
                        + " tasks ran in one call; tasks probably keep scheduling each other");
            }
        }
        now = Math.max(now, target);
        return ran;
    }

    private Task peekLive() {
        Task head = tasks.peek();
        while (head != null && head.cancelled) {
            tasks.poll();
            head = tasks.peek();
        }
        return head;
    }

    private Cancellable add(double due, Runnable runnable) {
        Task task = new Task(due, sequence++, runnable, false);
        tasks.add(task);
        return task;
    }

    private static final class Task implements Comparable<Task>, Cancellable {
        final double due;
        final long order;
        final Runnable runnable;

        /** True for a microtask, which runs before every other task. */
        final boolean micro;
        boolean cancelled;
        boolean done;

        Task(double due, long order, Runnable runnable, boolean micro) {
            this.due = due;
            this.order = order;
            this.runnable = runnable;
            this.micro = micro;
        }

        @Override
        public void cancel() {
            if (!done) {
                cancelled = true;
            }
        }

        @Override
        public int compareTo(Task other) {
            if (micro != other.micro) {
                return micro ? -1 : 1;
            }
            int byDue = Double.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }
}
