package io.teaframe.effect;

import java.util.Objects;

/**
 * Queues {@code event}. It runs after every event already in the queue, as
 * {@code Frame.dispatch} does.
 */
public record Dispatch(Object event) implements BuiltInEffect {

    public Dispatch {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public void applyTo(Target target) {
        target.dispatch(event);
    }
}
