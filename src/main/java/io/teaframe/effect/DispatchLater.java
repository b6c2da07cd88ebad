package io.teaframe.effect;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Queues {@code event} after {@code delayMillis} milliseconds.
 *
 * <p>With an {@code id}, the timer can be cancelled by {@link CancelDispatchLater}, and a
 * second {@code DispatchLater} with the same id replaces the pending one, whose event is
 * then never dispatched. A null id makes a timer that cannot be cancelled.
 *
 * @param id the timer's name, or null
 * @param delayMillis the delay; zero or less queues the event as soon as possible
 * @param event the event to queue
 */
public record DispatchLater(String id, double delayMillis, Object event) implements BuiltInEffect {

    public DispatchLater {
        Objects.requireNonNull(event, "event");
        Delays.requireFinite(delayMillis, "delayMillis");
    }

    /** Returns a timer without an id. */
    public DispatchLater(double delayMillis, Object event) {
        this(null, delayMillis, event);
    }

    @Override
    public void applyTo(Target target) {
        target.dispatchLater(id, delayMillis, event);
    }
}
