package io.teaframe.flow;

import io.teaframe.Phase;
import io.teaframe.trace.TraceEntry;
import java.util.List;

/** A running {@link Flow}: it marks which matchers have seen an event and fires ready rules. */
final class RuleRun extends FlowRun {

    private final List<Rule> rules;
    /** seen[r][m] is true once matcher m of rule r matched an event. */
    private final boolean[][] seen;
    private final boolean[] fired;
    private int unfired;

    RuleRun(Flows flows, Flow flow, Object startEffect) {
        super(flows, flow.id(), startEffect);
        this.rules = flow.rules();
        this.seen = new boolean[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            seen[r] = new boolean[rules.get(r).matchers().length];
        }
        this.fired = new boolean[rules.size()];
        this.unfired = rules.size();
    }

    @Override
    void onEvent(TraceEntry entry) {
        if (!counts(entry)) {
            return;
        }
        Object event = entry.event();
        for (int r = 0; r < rules.size(); r++) {
            if (fired[r]) {
                continue;
            }
            Rule rule = rules.get(r);
            if (!mark(rule, seen[r], event)) {
                continue;
            }
            fired[r] = true;
            unfired--;
            List<Object> events = rule.events();
            for (int i = 0; i < events.size(); i++) {
                flows.dispatch(events.get(i));
            }
            // A halt stops the pass: later rules do not fire, even if this event made them ready.
            if (rule.halts()) {
                end();
                return;
            }
        }
        if (unfired == 0) {
            end();
        }
    }

    /**
     * An event counts when it was handled, or had no handler (a flow may be its only
     * consumer). An event whose handler, interceptors or effects threw does not, because
     * the frame discarded its result.
     */
    static boolean counts(TraceEntry entry) {
        return entry.error() == null || entry.error().phase() == Phase.NO_HANDLER
                || entry.error().phase() == Phase.UNKNOWN_EFFECT;
    }

    /** Marks the matchers of {@code rule} that match {@code event}; returns true if the rule is ready. */
    private static boolean mark(Rule rule, boolean[] seenByMatcher, Object event) {
        EventMatcher[] matchers = rule.matchers();
        boolean any = false;
        boolean all = true;
        for (int m = 0; m < matchers.length; m++) {
            if (!seenByMatcher[m] && matchers[m].matches(event)) {
                seenByMatcher[m] = true;
            }
            any |= seenByMatcher[m];
            all &= seenByMatcher[m];
        }
        return rule.requiresAll() ? all : any;
    }
}
