package io.teaframe.timer;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Dispatches {@code event} once after {@code delayMillis}: a {@code DispatchLater} that
 * can also belong to a scope. Both go to the frame's one {@link TimerRegistry}, so
 * {@code CancelDispatchLater} and {@link StopTimer} stop either, and starting an id that
 * is running replaces the running timer.
 *
 * @param id the timer's name
 * @param delayMillis the delay; zero or less dispatches as soon as possible
 * @param event the event to dispatch
 * @param scopeId the scope that owns the timer, or null
 */
public record StartTimeout(String id, double delayMillis, Object event, String scopeId) {

    public StartTimeout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Delays.requireFinite(delayMillis, "delayMillis");
    }
}
