package io.teaframe.flow;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Recognises events for flows and sequences: by class, and optionally by a predicate
 * on the event, for example to pick the response to one request.
 *
 * <pre>{@code
 * EventMatcher.of(UserLoaded.class)
 * EventMatcher.of(Loaded.class, e -> e.requestId().equals("user"))
 * }</pre>
 */
public final class EventMatcher {

    private final Class<?> type;
    private final Predicate<Object> test;

    private EventMatcher(Class<?> type, Predicate<Object> test) {
        this.type = type;
        this.test = test;
    }

    /** Returns a matcher for every event of exactly class {@code type}. */
    public static EventMatcher of(Class<?> type) {
        return new EventMatcher(Objects.requireNonNull(type, "type"), null);
    }

    /** Returns a matcher for events of exactly class {@code type} that pass {@code test}. */
    @SuppressWarnings("unchecked")
    public static <E> EventMatcher of(Class<E> type, Predicate<? super E> test) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(test, "test");
        return new EventMatcher(type, event -> ((Predicate<Object>) test).test(event));
    }

    /**
     * Returns true if {@code event} matches. The class must be equal, not a subclass,
     * as for event handlers, which are registered by exact class.
     */
    public boolean matches(Object event) {
        return event.getClass() == type && (test == null || test.test(event));
    }

    public Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return test == null ? type.getName() : type.getName() + " (with a predicate)";
    }
}
