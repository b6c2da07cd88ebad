package io.teaframe.timer;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Dispatches {@code event} every {@code intervalMillis}, the first time one interval
 * after the effect runs, until {@link StopTimer}, {@link StopAllTimers} or the
 * cancellation of its scope. Starting an id that is running replaces the running timer,
 * interval or timeout, which then dispatches nothing more.
 *
 * @param id the timer's name
 * @param intervalMillis the period; must be more than 0
 * @param event the event to dispatch each time
 * @param scopeId the scope that owns the timer, or null; a view component's scope stops
 *     it when the component unmounts
 */
public record StartInterval(String id, double intervalMillis, Object event, String scopeId) {

    public StartInterval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Delays.requireFinite(intervalMillis, "intervalMillis");
        if (!(intervalMillis > 0)) {
            throw new IllegalArgumentException("intervalMillis of timer '" + id + "' must be more than 0");
        }
    }

    /** Returns an interval in no scope. */
    public StartInterval(String id, double intervalMillis, Object event) {
        this(id, intervalMillis, event, null);
    }
}
