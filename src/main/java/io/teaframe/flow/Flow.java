package io.teaframe.flow;

import io.teaframe.port.Delays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A flow of rules, like re-frame-async-flow-fx: started by {@link StartFlow}, it
 * dispatches its first events, then watches every handled event and fires its
 * {@link Rule}s. Immutable; each method returns a copy.
 *
 * <pre>{@code
 * Flow boot = Flow.named("boot")
 *         .firstDispatch(new LoadConfig(), new LoadUser())
 *         .rule(Rule.whenAll(EventMatcher.of(ConfigLoaded.class), EventMatcher.of(UserLoaded.class))
 *                 .dispatch(new ShowHome()).halt())
 *         .rule(Rule.whenAny(EventMatcher.of(ConfigFailed.class), EventMatcher.of(UserFailed.class))
 *                 .dispatch(new ShowBootError()).halt())
 *         .timeout(10_000, new BootTimedOut());
 * }</pre>
 */
public final class Flow {

    private final String id;
    private final List<Object> firstEvents;
    private final List<Rule> rules;
    private final double timeoutMillis;
    private final Object timeoutEvent;

    private Flow(String id, List<Object> firstEvents, List<Rule> rules, double timeoutMillis, Object timeoutEvent) {
        this.id = id;
        this.firstEvents = firstEvents;
        this.rules = rules;
        this.timeoutMillis = timeoutMillis;
        this.timeoutEvent = timeoutEvent;
    }

    /** Returns a flow with no rules, no first events and no timeout. */
    public static Flow named(String id) {
        return new Flow(Objects.requireNonNull(id, "id"), new ArrayList<>(0), new ArrayList<>(0), -1, null);
    }

    /** Returns a copy that also dispatches {@code events} when it starts, after its rules are in place. */
    public Flow firstDispatch(Object... events) {
        List<Object> joined = new ArrayList<>(firstEvents);
        for (Object event : events) {
            joined.add(Objects.requireNonNull(event, "a first event must not be null"));
        }
        return new Flow(id, joined, rules, timeoutMillis, timeoutEvent);
    }

    /** Returns a copy with {@code rule} added after the existing rules. */
    public Flow rule(Rule rule) {
        List<Rule> joined = new ArrayList<>(rules);
        joined.add(Objects.requireNonNull(rule, "rule"));
        return new Flow(id, firstEvents, joined, timeoutMillis, timeoutEvent);
    }

    /**
     * Returns a copy that times out {@code millis} after it starts: the flow ends, its
     * scope is cancelled, and {@code event} is dispatched. A null event reports the
     * timeout to the frame's error handler with phase {@code TIMEOUT} instead.
     */
    public Flow timeout(double millis, Object event) {
        Delays.requireFinite(millis, "millis");
        return new Flow(id, firstEvents, rules, Math.max(0, millis), event);
    }

    public String id() {
        return id;
    }

    List<Object> firstEvents() {
        return firstEvents;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Returns the timeout, or a negative number for none. */
    double timeoutMillis() {
        return timeoutMillis;
    }

    Object timeoutEvent() {
        return timeoutEvent;
    }
}
