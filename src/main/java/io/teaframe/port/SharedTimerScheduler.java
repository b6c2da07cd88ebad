package io.teaframe.port;

import java.util.Objects;

/**
 * A {@link Scheduler} that runs all long timeouts from one timeout of the scheduler it
 * wraps, armed at the earliest deadline. Ticks, microtasks, animation frames and
 * timeouts shorter than {@link #minSharedDelayMillis()} go straight to the wrapped
 * scheduler.
 *
 * <p>Long timeouts that are mostly cancelled before they fire, such as the timeout of
 * each HTTP attempt, then cost no native timer each. In Chromium 156 a
 * {@code setTimeout} and {@code clearTimeout} pair per request took an estimated 12 µs
 * of the page's thread between real network requests, by the sampled CPU profile of
 * the sequential HTTP benchmark (docs/benchmarks.md).
 *
 * <p>Rules:
 * <ul>
 *   <li>A task never runs before its deadline by {@link Clock#now()}. If the wrapped
 *       timeout fires early, it is armed again for the rest.
 *   <li>Tasks run in the order of their deadlines, and tasks with equal deadlines in
 *       the order they were scheduled.
 *   <li>A cancelled task is removed at once, so cancelled tasks never pile up.
 *   <li>The wrapped timeout is moved only when a task with an earlier deadline arrives.
 *       It stays armed when its tasks are cancelled, so it may wake once with nothing
 *       to run, and then arms again only if tasks remain.
 *   <li>A task that throws ends the wake-up: the exception goes to the wrapped
 *       scheduler, which reports it, and the tasks still due run from a new timeout of
 *       delay 0.
 * </ul>
 *
 * <p>NOTE: when the wrapped timeout wakes and arms again for a later task, the new
 * {@code setTimeout} is called from a timer callback. Browsers clamp such chains to at
 * least 4 ms after five levels and may throttle them more in hidden pages, so there a
 * shared timeout may fire later than its own {@code setTimeout} would have.
 */
public final class SharedTimerScheduler implements Scheduler {

    /** The default shortest delay that shares the timer, in milliseconds. */
    public static final double DEFAULT_MIN_SHARED_DELAY_MILLIS = 1000;

    private final Scheduler scheduler;
    private final Clock clock;
    private final double minSharedDelayMillis;
    private final Runnable wakeTask = this::wake;

    /** A binary min-heap of the pending shared tasks, by deadline and then sequence. */
    private Shared[] heap = new Shared[16];
    private int size;

    /** The number of shared timeouts scheduled so far, a double because TeaVM compiles {@code long} to BigInt. */
    private double sequence;

    /** The wrapped timeout, or null when none is armed. */
    private Cancellable armed;
    private double armedDeadline;

    /**
     * Creates a scheduler that shares one timeout of {@code scheduler} among the
     * timeouts of {@value #DEFAULT_MIN_SHARED_DELAY_MILLIS} ms and more.
     */
    public SharedTimerScheduler(Scheduler scheduler, Clock clock) {
        this(scheduler, clock, DEFAULT_MIN_SHARED_DELAY_MILLIS);
    }

    /**
     * Creates a scheduler that shares one timeout of {@code scheduler} among the
     * timeouts of {@code minSharedDelayMillis} and more, with deadlines read from
     * {@code clock}.
     *
     * @throws IllegalArgumentException if {@code minSharedDelayMillis} is not a finite number above 0
     */
    public SharedTimerScheduler(Scheduler scheduler, Clock clock, double minSharedDelayMillis) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        Delays.requireFinite(minSharedDelayMillis, "minSharedDelayMillis");
        if (!(minSharedDelayMillis > 0)) {
            throw new IllegalArgumentException("minSharedDelayMillis must be above 0, was "
                    + Delays.format(minSharedDelayMillis));
        }
        this.minSharedDelayMillis = minSharedDelayMillis;
    }

    /** Returns the shortest delay, in milliseconds, of the timeouts that share the timer. */
    public double minSharedDelayMillis() {
        return minSharedDelayMillis;
    }

    /** Returns the number of shared timeouts that have neither run nor been cancelled. */
    public int pendingShared() {
        return size;
    }

    @Override
    public Cancellable nextTick(Runnable task) {
        return scheduler.nextTick(task);
    }

    @Override
    public Cancellable microtask(Runnable task) {
        return scheduler.microtask(task);
    }

    @Override
    public Cancellable animationFrame(Runnable task) {
        return scheduler.animationFrame(task);
    }

    @Override
    public Cancellable timeout(double delayMillis, Runnable task) {
        Delays.requireFinite(delayMillis, "timeout delay");
        Objects.requireNonNull(task, "task");
        if (delayMillis < minSharedDelayMillis) {
            return scheduler.timeout(delayMillis, task);
        }

        double now = clock.now();
        Shared shared = new Shared(now + delayMillis, sequence++, task);
        push(shared);
        if (armed == null || shared.deadline < armedDeadline) {
            arm(shared.deadline, now);
        }
        return shared;
    }

    /** Arms the wrapped timeout for {@code deadline}, replacing the one armed before. */
    private void arm(double deadline, double now) {
        if (armed != null) {
            armed.cancel();
        }
        armedDeadline = deadline;
        armed = scheduler.timeout(Math.max(0, deadline - now), wakeTask);
    }

    private void wake() {
        armed = null;
        try {
            while (size > 0 && heap[0].deadline <= clock.now()) {
                Shared due = heap[0];
                removeAt(0);
                due.run();
            }
        } finally {
            // A task may have scheduled another shared timeout, which armed the timer already.
            if (size > 0 && (armed == null || heap[0].deadline < armedDeadline)) {
                arm(heap[0].deadline, clock.now());
            }
        }
    }

    // ---------------------------------------------------------------- the heap

    private void push(Shared shared) {
        if (size == heap.length) {
            Shared[] larger = new Shared[size * 2];
            System.arraycopy(heap, 0, larger, 0, size);
            heap = larger;
        }
        heap[size] = shared;
        shared.index = size;
        size++;
        siftUp(shared.index);
    }

    private void removeAt(int index) {
        Shared removed = heap[index];
        removed.index = -1;
        size--;
        if (index == size) {
            heap[size] = null;
            return;
        }
        Shared last = heap[size];
        heap[size] = null;
        heap[index] = last;
        last.index = index;
        siftDown(index);
        if (heap[index] == last) {
            siftUp(index);
        }
    }

    private void siftUp(int index) {
        Shared moving = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!moving.before(heap[parent])) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(moving, index);
    }

    private void siftDown(int index) {
        Shared moving = heap[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1].before(heap[child])) {
                child++;
            }
            if (!heap[child].before(moving)) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(moving, index);
    }

    private void place(Shared shared, int index) {
        heap[index] = shared;
        shared.index = index;
    }

    /** A shared timeout: its place in the heap while pending, -1 once it ran or was cancelled. */
    private final class Shared implements Cancellable {

        final double deadline;
        final double sequence;
        final Runnable task;
        int index = -1;

        Shared(double deadline, double sequence, Runnable task) {
            this.deadline = deadline;
            this.sequence = sequence;
            this.task = task;
        }

        boolean before(Shared other) {
            return deadline < other.deadline || (deadline == other.deadline && sequence < other.sequence);
        }

        @Override
        public void cancel() {
            if (index >= 0) {
                removeAt(index);
            }
        }

        void run() {
            task.run();
        }
    }
}
