package io.teaframe.effect;

import java.util.Objects;

/**
 * Removes the handler registered for {@code eventType}. Later events of that type are
 * reported as having no handler.
 */
public record Deregister(Class<?> eventType) implements BuiltInEffect {

    public Deregister {
        Objects.requireNonNull(eventType, "eventType");
    }

    @Override
    public void applyTo(Target target) {
        target.deregister(eventType);
    }
}
