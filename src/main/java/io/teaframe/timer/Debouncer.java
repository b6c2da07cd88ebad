package io.teaframe.timer;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Clock;
import io.teaframe.port.Scheduler;
import java.util.Objects;

/**
 * One debounced id: the timing of lodash's {@code debounce} (4.17) as a state machine on
 * the {@link Clock} and {@link Scheduler} ports. This package's documentation describes
 * the states and transitions; the comments here give the reasons.
 *
 * <p>It depends on no frame: it passes each event to fire to its {@link Output}, and
 * tells it when it has returned to IDLE, so that a registry can drop it.
 */
public final class Debouncer {

    /** The receiver of a debouncer's fires and of its return to IDLE. */
    public interface Output {

        /** Fires {@code event}, the event of the last call. */
        void fire(Object event);

        /** Called when the debouncer returned to IDLE outside a call: it has no event and no timer now. */
        void ended();
    }

    // Plain ints rather than an enum: TeaVM compiles an enum switch into a lookup table
    // and a class per enum, and these three states are private.
    static final int IDLE = 0;
    static final int WAITING = 1;
    static final int COOLING = 2;

    private final Clock clock;
    private final Scheduler scheduler;
    private final double waitMillis;
    private final boolean leading;
    private final boolean trailing;
    /** The maximum delay of a burst's first call, or a negative number for none. */
    private final double maxWaitMillis;
    private final Output output;
    private final Runnable expiry = this::expire;

    private int state = IDLE;
    private double lastCall;
    /** The time of the last fire, or of the burst's start if nothing fired since. */
    private double lastFire;
    /** The event of the last call not fired yet, or null. */
    private Object pending;
    private Cancellable timer;
    private double timerDue;

    /**
     * Creates an IDLE debouncer.
     *
     * @param maxWaitMillis negative for no maximum; else raised to {@code waitMillis} if
     *     smaller, as lodash does
     */
    public Debouncer(Clock clock, Scheduler scheduler, double waitMillis, boolean leading, boolean trailing,
            double maxWaitMillis, Output output) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.waitMillis = Math.max(0, waitMillis);
        this.leading = leading;
        this.trailing = trailing;
        this.maxWaitMillis = maxWaitMillis < 0 ? -1 : Math.max(maxWaitMillis, this.waitMillis);
        this.output = Objects.requireNonNull(output, "output");
    }

    /** Records a call with {@code event}, firing it now if this call is a leading edge. */
    public void call(Object event) {
        Objects.requireNonNull(event, "event");
        double now = clock.now();

        // A timer due now or earlier (late because the thread was busy or the tab hidden)
        // expires first, so the last burst ends before this call is judged: a late timer
        // must not turn this call into an early fire. With a wait of 0, calls at one
        // instant still make one burst, as lodash defers them to the next tick.
        if (state == WAITING && (now > timerDue || (now == timerDue && waitMillis > 0))) {
            cancelTimer();
            expireAt(now);
        }
        if (state == COOLING && isDue(now)) {
            cancelTimer();
            state = IDLE;
        }

        if (state == IDLE) {
            startBurst(event, now);
            return;
        }

        lastCall = now;
        if (state == COOLING) {
            // A call soon after a fire that maxWait forced: no leading edge, as lodash does
            // while its timer is unset but the last call is recent.
            pending = event;
            state = WAITING;
            cancelTimer();
            schedule(waitMillis, now);
            return;
        }

        if (maxWaitMillis >= 0 && now - lastFire >= maxWaitMillis) {
            // WAITING and maxWait reached before the timer is due, which happens when the
            // timer was set for a full wait from COOLING: fire this call at once and wait
            // again, as lodash does.
            pending = null;
            lastFire = now;
            cancelTimer();
            schedule(waitMillis, now);
            output.fire(event);
            return;
        }
        // WAITING: the timer stays; when it expires it measures from this call.
        pending = event;
    }

    /**
     * Fires the pending event now, if there is one and trailing is on, as if the wait had
     * ended. Does nothing unless WAITING.
     */
    public void flush() {
        if (state != WAITING) {
            return;
        }
        cancelTimer();
        trailingEdge(clock.now());
        if (state == IDLE) {
            output.ended();
        }
    }

    /** Drops the pending event and the timer without firing, and returns to IDLE. */
    public void cancel() {
        if (state == IDLE) {
            return;
        }
        cancelTimer();
        pending = null;
        state = IDLE;
        output.ended();
    }

    /** Returns true while a call's event waits to be fired. */
    public boolean hasPending() {
        return pending != null;
    }

    /** Returns true in IDLE: no timer, nothing pending, and the next call starts a burst. */
    public boolean isIdle() {
        return state == IDLE;
    }

    private void startBurst(Object event, double now) {
        // maxWait counts from the burst's first call, not from a fire before a pause.
        // Counting from the old fire would make the first call after a long pause fire
        // at once even with leading off, as lodash 4.6.1 did.
        lastCall = now;
        lastFire = now;
        state = WAITING;
        schedule(waitMillis, now);
        if (leading) {
            output.fire(event);
        } else {
            pending = event;
        }
    }

    private void expire() {
        timer = null;
        expireAt(clock.now());
        if (state == IDLE) {
            output.ended();
        }
    }

    private void expireAt(double now) {
        if (state == COOLING) {
            state = IDLE;
            return;
        }
        if (!isDue(now)) {
            schedule(remaining(now), now);
            return;
        }
        trailingEdge(now);
    }

    /** Ends the burst: fires the last call's event if trailing is on and one is pending. */
    private void trailingEdge(double now) {
        Object event = pending;
        pending = null;
        boolean fires = trailing && event != null;
        if (fires) {
            lastFire = now;
        }
        // After a fire that maxWait forced, the last call is recent: the next call must
        // wait rather than fire on a leading edge, until the wait after it has passed.
        if (isDue(now)) {
            state = IDLE;
        } else {
            state = COOLING;
            schedule(remaining(now), now);
        }
        if (fires) {
            output.fire(event);
        }
    }

    /** True when a burst would end now: the wait after the last call, or maxWait, has passed. */
    private boolean isDue(double now) {
        return now - lastCall >= waitMillis || (maxWaitMillis >= 0 && now - lastFire >= maxWaitMillis);
    }

    /** Returns the time until {@link #isDue} becomes true. */
    private double remaining(double now) {
        double untilWaitEnds = waitMillis - (now - lastCall);
        if (maxWaitMillis < 0) {
            return untilWaitEnds;
        }
        return Math.min(untilWaitEnds, maxWaitMillis - (now - lastFire));
    }

    private void schedule(double delayMillis, double now) {
        timerDue = now + delayMillis;
        timer = scheduler.timeout(delayMillis, expiry);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
