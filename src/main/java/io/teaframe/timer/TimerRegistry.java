package io.teaframe.timer;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import io.teaframe.scope.Scopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The timers of one frame by id: the timeouts of {@code DispatchLater} and
 * {@link StartTimeout}, and the intervals of {@link StartInterval}. The frame creates
 * it; {@code Frame.timers()} returns it.
 *
 * <p>Timeouts and intervals share one id space. Starting an id that is running stops
 * the running timer first, whatever its kind, so its event is never dispatched again.
 * A timeout without an id cannot be stopped and is counted until it fires. A timer
 * started in a scope is also stopped when that scope is cancelled.
 *
 * <p>An exception thrown inside a timer's task goes to {@code failures} with the
 * timer's name, which the frame turns into a {@code FrameError} with phase
 * {@code TIMER}, instead of escaping to the scheduler, which would only log it.
 */
public final class TimerRegistry {

    private final Scheduler scheduler;
    private final Consumer<Object> dispatch;
    private final Scopes scopes;
    private final BiConsumer<String, Throwable> failures;
    private final Map<String, Timer> named = new HashMap<>();
    private int anonymous;

    /**
     * Creates a registry that schedules on {@code scheduler}, dispatches through
     * {@code dispatch}, registers scoped timers in {@code scopes} and passes exceptions
     * thrown in its tasks to {@code failures} with a description of the timer.
     */
    public TimerRegistry(Scheduler scheduler, Consumer<Object> dispatch, Scopes scopes,
            BiConsumer<String, Throwable> failures) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    /**
     * Dispatches {@code event} once after {@code delayMillis}. A null {@code id} makes a
     * timeout that cannot be stopped; a null {@code scopeId} puts it in no scope.
     */
    public void timeout(String id, double delayMillis, Object event, String scopeId) {
        if (id == null) {
            startAnonymous(delayMillis, event, scopeId);
            return;
        }
        stop(id);
        Timer timer = new Timer(id, event, -1);
        named.put(id, timer);
        timer.schedule(delayMillis);
        timer.joinScope(scopeId);
    }

    /**
     * Dispatches {@code event} every {@code intervalMillis}, the first time one interval
     * from now, until stopped.
     *
     * @throws IllegalArgumentException if the interval is not more than zero, because an
     *     interval of zero would dispatch without end
     */
    public void interval(String id, double intervalMillis, Object event, String scopeId) {
        Objects.requireNonNull(id, "id");
        if (!(intervalMillis > 0)) {
            throw new IllegalArgumentException("the interval of timer '" + id + "' must be more than 0 ms");
        }
        stop(id);
        Timer timer = new Timer(id, event, intervalMillis);
        named.put(id, timer);
        timer.schedule(intervalMillis);
        timer.joinScope(scopeId);
    }

    /** Stops the timer {@code id}; returns false if none was running. */
    public boolean stop(String id) {
        Timer timer = named.remove(id);
        if (timer == null) {
            return false;
        }
        timer.release();
        return true;
    }

    /**
     * Stops every timer that has an id and returns how many there were. Timeouts without
     * an id cannot be stopped and keep running.
     */
    public int stopAll() {
        ArrayList<Timer> running = new ArrayList<>(named.values());
        named.clear();
        for (int i = 0; i < running.size(); i++) {
            running.get(i).release();
        }
        return running.size();
    }

    /** Returns true while the timer {@code id} is running. */
    public boolean isRunning(String id) {
        return named.containsKey(id);
    }

    /** Returns the number of running timers, those without an id included. */
    public int count() {
        return named.size() + anonymous;
    }

    private void startAnonymous(double delayMillis, Object event, String scopeId) {
        anonymous++;
        Cancellable[] registration = new Cancellable[1];
        Cancellable[] pending = new Cancellable[1];
        pending[0] = scheduler.timeout(delayMillis, () -> {
            anonymous--;
            try {
                if (registration[0] != null) {
                    registration[0].cancel();
                }
                dispatch.accept(event);
            } catch (Throwable e) {
                failures.accept("timeout without id for " + event, e);
            }
        });
        if (scopeId != null) {
            registration[0] = scopes.add(scopeId, () -> {
                pending[0].cancel();
                anonymous--;
            });
        }
    }

    /** One timer with an id; {@code intervalMillis} is negative for a timeout. */
    private final class Timer implements Cancellable {
        final String id;
        final Object event;
        final double intervalMillis;
        Cancellable pending;
        Cancellable scopeRegistration;

        Timer(String id, Object event, double intervalMillis) {
            this.id = id;
            this.event = event;
            this.intervalMillis = intervalMillis;
        }

        void schedule(double delayMillis) {
            pending = scheduler.timeout(delayMillis, this::fire);
        }

        void joinScope(String scopeId) {
            if (scopeId != null) {
                scopeRegistration = scopes.add(scopeId, this);
            }
        }

        private void fire() {
            // A timer replaced or stopped after this task was queued must not dispatch.
            if (named.get(id) != this) {
                return;
            }
            try {
                if (intervalMillis > 0) {
                    // Scheduled before the dispatch, so an interval keeps its period even
                    // if the dispatch throws.
                    schedule(intervalMillis);
                } else {
                    named.remove(id);
                    leaveScope();
                }
                dispatch.accept(event);
            } catch (Throwable e) {
                failures.accept("timer '" + id + "'", e);
            }
        }

        /** Cancels the scheduled task and leaves the scope; the caller removed it from the map. */
        void release() {
            pending.cancel();
            leaveScope();
        }

        private void leaveScope() {
            if (scopeRegistration != null) {
                scopeRegistration.cancel();
                scopeRegistration = null;
            }
        }

        /** Called when the timer's scope is cancelled. */
        @Override
        public void cancel() {
            scopeRegistration = null;
            if (named.get(id) == this) {
                named.remove(id);
                pending.cancel();
            }
        }
    }
}
