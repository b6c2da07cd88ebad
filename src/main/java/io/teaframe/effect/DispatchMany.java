package io.teaframe.effect;

import java.util.List;
import java.util.Objects;

/** Queues each of {@code events}, in list order. */
public record DispatchMany(List<Object> events) implements BuiltInEffect {

    public DispatchMany {
        for (Object event : events) {
            Objects.requireNonNull(event, "events must not contain null");
        }
        events = List.copyOf(events);
    }

    /** Returns the effect for the given events, in order. */
    public static DispatchMany of(Object... events) {
        return new DispatchMany(List.of(events));
    }

    @Override
    public void applyTo(Target target) {
        for (int i = 0; i < events.size(); i++) {
            target.dispatch(events.get(i));
        }
    }
}
