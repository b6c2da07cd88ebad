package io.teaframe.router;

import io.teaframe.port.Clock;
import io.teaframe.port.Logger;
import io.teaframe.port.Scheduler;
import java.util.Objects;

/** The event queue and its state machine, as this package's documentation describes. */
public final class Router {

    /**
     * How long one run may handle events before it yields, in milliseconds. Half of a
     * 60 Hz frame (16.7 ms), so that the browser keeps time to render and handle input
     * in the same frame.
     */
    public static final double SLICE_MILLIS = 8;

    /**
     * The maximum number of events handled between two clock reads. A clock read costs
     * about 0.2 µs in Chromium 156 (measured on a 2-processor virtual machine), a quarter
     * of the time per event that the dispatch benchmark measured before reads were
     * shared, so fast events share one reading. With 128 rather than 32, that benchmark's
     * rounds took about 8% less time. But when events turn slow after a run of fast ones,
     * up to 127 of them could run before the clock read that ends the slice, 127 ms for
     * events of 1 ms. 32 keeps that overrun to 31 events.
     */
    static final int MAX_EVENTS_PER_CLOCK_READ = 32;

    /**
     * While events take less than this on average, the router doubles the number of
     * events between clock reads, up to {@link #MAX_EVENTS_PER_CLOCK_READ}; otherwise it
     * reads the clock after every event again.
     */
    static final double FAST_EVENT_MILLIS = 0.01;

    private final EventQueue queue = new EventQueue();
    private final Scheduler scheduler;
    private final Clock clock;
    private final Logger logger;
    private final EventProcessor processor;
    private final Runnable runTask = this::onRun;
    private final Runnable resumeTask = this::onResume;
    private final Runnable resumeAfterFrameTask = this::onFrameRendered;
    private final Runnable microtaskRunTask = this::onMicrotaskRun;

    // The triggers of the state machine. Plain constants rather than an enum, because
    // each enum adds its class, its values array and its initialiser to every app. An
    // impossible transition names its trigger by number, since a table of names would
    // add its strings and a class initialiser too.
    private static final int ADD_EVENT = 0;
    private static final int RUN = 1;
    private static final int QUEUE_EMPTY = 2;
    private static final int SLICE_ENDED = 3;
    private static final int NEEDS_RENDER = 4;
    private static final int RESUME = 5;

    private RouterState state = RouterState.IDLE;

    /**
     * True while {@link #state} is IDLE. {@link #dispatch} reads this flag, because in
     * TeaVM's output a read of an enum constant also checks that the enum class is
     * initialised, a call per dispatched event.
     */
    private boolean idle = true;

    /**
     * The milliseconds that runs started in microtasks took since the last run in a task
     * of its own, or since the router was last idle for a slice. Once they reach
     * {@link #SLICE_MILLIS}, the next run starts in a task, so promise reactions that each
     * dispatch cannot keep the browser from rendering for much longer than a slice. Only
     * the time of the runs counts, so a user who types fast, one event per keystroke,
     * keeps getting microtask runs. NOTE: the reactions' own code between runs is not
     * counted, so a chain whose reactions are slow can hold the browser longer.
     */
    private double microtaskMillis;

    /** True while {@link #handleAfter} runs its work: an idle router then schedules no run. */
    private boolean holding;

    /** True when events were queued while holding, and the run is for handleAfter to start. */
    private boolean runHeld;

    /** When the last run ended, in clock milliseconds. */
    private double lastRunEnd = Double.NEGATIVE_INFINITY;

    /**
     * The event being handled when it is not the head of the queue (an event of
     * dispatchSync, or the event a late event resolved to), or null.
     */
    private Object current;

    /**
     * True while the router handles the head of the queue, or the event it resolved to
     * (then in {@link #current}). A queued event stays in the queue until it is done, so
     * that no field takes a reference to it per event. The router outlives its events,
     * and V8 records each store of a new object into an old one. In DispatchBench that
     * record cost about 5 ns per event (an estimate from its rounds of 100,000 events in
     * Chromium 156).
     */
    private boolean handlingHead;

    /** True while the frame updates its subscriptions after a run. */
    private boolean updating;

    /** The class of the last event checked for {@link AfterRender}, and the result. */
    private Class<?> lastCheckedClass;
    private boolean lastCheckedIsAfterRender;

    public Router(Scheduler scheduler, Clock clock, Logger logger, EventProcessor processor) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.logger = Objects.requireNonNull(logger, "logger");
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    /** Appends {@code event} to the queue; it is handled later, never inside this call. */
    public void dispatch(Object event) {
        queue.addLast(event);
        // ADD_EVENT changes nothing but in IDLE, and skipping the call to fire keeps a
        // loop of dispatches short.
        if (idle) {
            fire(ADD_EVENT);
        }
    }

    /**
     * Handles {@code event} now, ahead of the queue.
     *
     * @throws IllegalStateException if an event is being handled; nothing is queued or
     *     changed then
     */
    public void dispatchSync(Object event) {
        if (isHandling()) {
            throw new IllegalStateException("dispatchSync(" + event + ") was called while handling "
                    + currentEvent() + "; handlers and effects must use dispatch or a Dispatch effect");
        }
        if (updating) {
            // Listeners run inside handling while a tool makes updates per event, so they
            // may not handle events in place either way.
            throw new IllegalStateException("dispatchSync(" + event + ") was called by a subscription"
                    + " listener; listeners must use dispatch");
        }
        current = event;
        Object handled = handle(event, event.getClass(), clock.now());
        endRun(handled);
    }

    /**
     * Runs {@code work}, which may dispatch, and then handles the events it queued at
     * once, as a run in a microtask would, in the caller's turn. An effect calls this in
     * a browser callback (a promise reaction, for example), so that its events are
     * handled before the callback returns, and no microtask is scheduled for them. If
     * the router was not idle, or microtask runs used up their slice, {@code work} only
     * runs, and its events wait for the run they would have waited for anyway. So does
     * every event if {@code work} throws.
     */
    public void handleAfter(Runnable work) {
        if (!idle || holding || updating) {
            work.run();
            return;
        }
        holding = true;
        boolean completed = false;
        try {
            work.run();
            completed = true;
        } finally {
            holding = false;
            if (runHeld) {
                runHeld = false;
                scheduleFirstRun(completed);
            }
        }
    }

    /** Returns true while an event is being handled. */
    public boolean isHandling() {
        return handlingHead || current != null;
    }

    /** Returns the event being handled, or null. */
    public Object currentEvent() {
        if (current != null) {
            return current;
        }
        return handlingHead ? queue.peekFirst() : null;
    }

    public RouterState state() {
        return state;
    }

    /** Returns the number of events waiting in the queue. */
    public int queued() {
        return handlingHead ? queue.size() - 1 : queue.size();
    }

    /**
     * Moves the state machine and performs the action of the transition. Each branch is
     * one row of the table in this package's documentation. The rows are if statements
     * rather than a switch because javac compiles an enum switch into an extra lookup
     * class, which costs every compiled app about a kilobyte.
     */
    private void fire(int trigger) {
        RouterState from = state;

        // An event joins the queue in every state; only an idle router schedules a run.
        if (trigger == ADD_EVENT) {
            if (from == RouterState.IDLE) {
                state = RouterState.SCHEDULED;
                idle = false;
                if (holding) {
                    runHeld = true;
                } else {
                    scheduleFirstRun(false);
                }
            }
            return;
        }

        if (from == RouterState.SCHEDULED && trigger == RUN) {
            state = RouterState.RUNNING;
            drain(false);
        } else if (from == RouterState.RUNNING && trigger == QUEUE_EMPTY) {
            state = RouterState.IDLE;
            idle = true;
        } else if (from == RouterState.RUNNING && trigger == SLICE_ENDED) {
            state = RouterState.SCHEDULED;
            scheduler.nextTick(runTask);
        } else if (from == RouterState.RUNNING && trigger == NEEDS_RENDER) {
            state = RouterState.PAUSED;
            scheduler.animationFrame(resumeAfterFrameTask);
        } else if (from == RouterState.PAUSED && trigger == RESUME) {
            state = RouterState.RUNNING;
            drain(true);
        } else {
            throw impossible(from, trigger);
        }
    }

    /**
     * Schedules the run for the first event of an idle router. It starts in a microtask,
     * so an event dispatched by a DOM listener is handled before the browser renders or
     * runs another task, and a view that the handler changes shows in the next frame.
     * Once runs in microtasks have taken a slice, the run waits for the next tick
     * instead. It resets the count, because the browser had its turn before that task.
     * Being idle for a slice resets it too: this needs no extra task, and
     * a chain of promise reactions leaves no such gap between its runs.
     *
     * @param now start the run at once where it would start in a microtask, for
     *     {@link #handleAfter}
     */
    private void scheduleFirstRun(boolean now) {
        if (clock.now() - lastRunEnd >= SLICE_MILLIS) {
            microtaskMillis = 0;
        }
        if (microtaskMillis >= SLICE_MILLIS) {
            scheduler.nextTick(runTask);
        } else if (now) {
            onMicrotaskRun();
        } else {
            scheduler.microtask(microtaskRunTask);
        }
    }

    private void onMicrotaskRun() {
        double start = clock.now();
        try {
            fire(RUN);
        } finally {
            lastRunEnd = clock.now();
            microtaskMillis += lastRunEnd - start;
        }
    }

    private void onRun() {
        microtaskMillis = 0;
        try {
            fire(RUN);
        } finally {
            lastRunEnd = clock.now();
        }
    }

    private void onFrameRendered() {
        scheduler.nextTick(resumeTask);
    }

    private void onResume() {
        microtaskMillis = 0;
        try {
            fire(RESUME);
        } finally {
            lastRunEnd = clock.now();
        }
    }

    /**
     * Handles queued events until the queue is empty, the slice is used up, or an
     * {@link AfterRender} event reaches the head. After a resume, the head is the event
     * that paused the router, and it is handled now.
     */
    private void drain(boolean resumed) {
        Object last = null;
        double sliceStart = clock.now();
        double now = sliceStart;
        boolean renderedForHead = resumed;
        int eventsPerRead = 1;
        int untilRead = 1;

        while (!queue.isEmpty()) {
            Object next = queue.peekFirst();
            Class<?> type = next.getClass();
            if (!renderedForHead && isAfterRender(next, type)) {
                // The view must show the state of the events before this one.
                endRun(last);
                fire(NEEDS_RENDER);
                return;
            }
            renderedForHead = false;
            handlingHead = true;
            last = handle(next, type, now);
            queue.pollFirst();
            if (queue.isEmpty()) {
                // Listeners that run when the subscriptions update may dispatch; their
                // events count against the slice like any other.
                endRun(last);
                if (queue.isEmpty()) {
                    break;
                }
            }

            // Events between two reads start with the earlier reading.
            // NOTE: after a run of fast events, up to MAX_EVENTS_PER_CLOCK_READ - 1 events
            // that turned slow can run past the slice before the clock is read again.
            if (--untilRead > 0) {
                continue;
            }
            double read = clock.now();
            if (read - sliceStart >= SLICE_MILLIS) {
                endRun(last);
                fire(SLICE_ENDED);
                return;
            }
            boolean fast = read - now < eventsPerRead * FAST_EVENT_MILLIS;
            eventsPerRead = fast ? Math.min(eventsPerRead * 2, MAX_EVENTS_PER_CLOCK_READ) : 1;
            untilRead = eventsPerRead;
            now = read;
        }
        fire(QUEUE_EMPTY);
    }

    /**
     * Returns {@code event instanceof AfterRender}, remembering the result for the last
     * class, because a type test against an interface is a lookup in TeaVM's output.
     */
    private boolean isAfterRender(Object event, Class<?> type) {
        if (type != lastCheckedClass) {
            lastCheckedClass = type;
            lastCheckedIsAfterRender = event instanceof AfterRender;
        }
        return lastCheckedIsAfterRender;
    }

    /**
     * Handles {@code event}, which the caller put in {@link #current} or marked with
     * {@link #handlingHead}, and the events it resolves to, then clears both fields.
     * Returns the event handled last, which errors of the subscription update name.
     */
    private Object handle(Object event, Class<?> type, double startMillis) {
        Object handled = event;
        try {
            Object next = processor.process(event, type, startMillis);
            while (next != null) {
                // A LateEvent resolved to this event, which takes its place.
                current = next;
                handled = next;
                next = processor.process(next, next.getClass(), startMillis);
            }
        } catch (Throwable e) {
            // The frame reports failures itself; this keeps the router alive if that fails.
            logger.error("teaframe: handling " + event + " failed outside the error handler", e);
        } finally {
            current = null;
            handlingHead = false;
        }
        return handled;
    }

    /** Lets the frame update its subscriptions, and keeps the router alive if that throws. */
    private void endRun(Object lastEvent) {
        updating = true;
        try {
            processor.runEnded(lastEvent);
        } catch (Throwable e) {
            logger.error("teaframe: updating subscriptions failed outside the error handler", e);
        } finally {
            updating = false;
        }
    }

    private static IllegalStateException impossible(RouterState from, int trigger) {
        return new IllegalStateException("router: no transition from " + from + " on trigger " + trigger);
    }
}
