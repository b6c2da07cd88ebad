package io.teaframe.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a {@link Flow}: when all of, or any of, a set of events has been seen
 * since the flow started, dispatch events and optionally halt the flow. A rule fires
 * at most once. Immutable; each method returns a copy.
 *
 * <pre>{@code
 * Rule.whenAll(EventMatcher.of(ConfigLoaded.class), EventMatcher.of(UserLoaded.class))
 *         .dispatch(new ShowHome());
 * Rule.whenAny(EventMatcher.of(ConfigFailed.class), EventMatcher.of(UserFailed.class))
 *         .dispatch(new ShowBootError()).halt();
 * }</pre>
 */
public final class Rule {

    private final boolean all;
    private final EventMatcher[] matchers;
    private final List<Object> events;
    private final boolean halts;

    private Rule(boolean all, EventMatcher[] matchers, List<Object> events, boolean halts) {
        this.all = all;
        this.matchers = matchers;
        this.events = events;
        this.halts = halts;
    }

    /** Returns a rule that is ready once every matcher has matched an event. */
    public static Rule whenAll(EventMatcher... matchers) {
        return new Rule(true, checked(matchers), new ArrayList<>(0), false);
    }

    /** Returns a rule that is ready once any matcher has matched an event. */
    public static Rule whenAny(EventMatcher... matchers) {
        return new Rule(false, checked(matchers), new ArrayList<>(0), false);
    }

    /** Returns a copy that also dispatches {@code more}, in order, when it fires. */
    public Rule dispatch(Object... more) {
        List<Object> joined = new ArrayList<>(events);
        for (Object event : more) {
            joined.add(Objects.requireNonNull(event, "a rule's event must not be null"));
        }
        return new Rule(all, matchers, joined, halts);
    }

    /** Returns a copy that ends the flow after it fires. */
    public Rule halt() {
        return new Rule(all, matchers, events, true);
    }

    boolean requiresAll() {
        return all;
    }

    EventMatcher[] matchers() {
        return matchers;
    }

    List<Object> events() {
        return events;
    }

    boolean halts() {
        return halts;
    }

    private static EventMatcher[] checked(EventMatcher[] matchers) {
        if (matchers.length == 0) {
            throw new IllegalArgumentException("a rule needs at least one event matcher");
        }
        EventMatcher[] copy = new EventMatcher[matchers.length];
        for (int i = 0; i < matchers.length; i++) {
            copy[i] = Objects.requireNonNull(matchers[i], "a rule's matcher must not be null");
        }
        return copy;
    }
}
