package io.teaframe.socket;

import io.teaframe.port.Delays;
import io.teaframe.port.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When and how often a connection tries again after its socket was lost. Immutable:
 * each {@code with...} and {@code on...} method returns a changed copy.
 *
 * <p>The close code decides first, through a table of rules. The defaults:
 *
 * <pre>
 * code        action     why
 * 1000        RECONNECT  a server closes normally when it restarts or moves clients
 * 1001        RECONNECT  "going away": the server shuts down or restarts
 * 1006        RECONNECT  dropped without a close frame: network loss, refused, timed out
 * 1008        STOP       policy violation, such as rejected credentials; a retry fails again
 * 1011        RECONNECT  internal server error, often transient
 * 4000-4999   STOP       codes the app defines; the server closed on purpose
 * any other   RECONNECT
 * </pre>
 *
 * <p>{@link #on(int, CloseAction)} and {@link #onRange(int, int, CloseAction)} add
 * rules; a later rule wins over an earlier one for the codes it covers. A server that
 * wants clients to stay away should close with 1008 or a 4000-4999 code.
 *
 * <p>Then the attempts: attempt {@code n} (1 for the first retry) waits
 * {@code min(maxDelay, initialDelay * multiplier^(n-1))}, reduced by a random part of
 * up to {@code jitter} of it, so that clients dropped together do not return together.
 * After {@code maxAttempts} failed retries in a row the connection fails. A socket counts
 * as failed when it does not open within {@code connectTimeout}. The count of attempts
 * goes back to 0 only once a socket stayed open for {@code stableAfter}, so a server that
 * accepts and then closes at once gets ever longer pauses instead of a retry loop.
 */
public final class ReconnectPolicy {

    private record Rule(int from, int to, CloseAction action) {
    }

    private final List<Rule> rules;
    private final double initialDelayMillis;
    private final double maxDelayMillis;
    private final double multiplier;
    private final double jitter;
    private final int maxAttempts;
    private final double connectTimeoutMillis;
    private final double stableAfterMillis;

    private ReconnectPolicy(List<Rule> rules, double initialDelayMillis, double maxDelayMillis, double multiplier,
            double jitter, int maxAttempts, double connectTimeoutMillis, double stableAfterMillis) {
        this.rules = rules;
        this.initialDelayMillis = initialDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.multiplier = multiplier;
        this.jitter = jitter;
        this.maxAttempts = maxAttempts;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.stableAfterMillis = stableAfterMillis;
    }

    /**
     * Returns the default policy: the code table above, a first delay of 1 s doubling up
     * to 30 s, jitter 0.5, 10 attempts, a connection timeout of 10 s and stable after 5 s.
     */
    public static ReconnectPolicy defaults() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(1000, 1000, CloseAction.RECONNECT));
        rules.add(new Rule(1001, 1001, CloseAction.RECONNECT));
        rules.add(new Rule(1006, 1006, CloseAction.RECONNECT));
        rules.add(new Rule(1008, 1008, CloseAction.STOP));
        rules.add(new Rule(1011, 1011, CloseAction.RECONNECT));
        rules.add(new Rule(4000, 4999, CloseAction.STOP));
        return new ReconnectPolicy(rules, 1_000, 30_000, 2, 0.5, 10, 10_000, 5_000);
    }

    /** Returns a policy that never reconnects: any lost socket fails the connection. */
    public static ReconnectPolicy never() {
        return defaults().onRange(0, Integer.MAX_VALUE, CloseAction.STOP);
    }

    /** Returns a copy where {@code code} leads to {@code action}. */
    public ReconnectPolicy on(int code, CloseAction action) {
        return onRange(code, code, action);
    }

    /** Returns a copy where every code from {@code from} to {@code to}, inclusive, leads to {@code action}. */
    public ReconnectPolicy onRange(int from, int to, CloseAction action) {
        Objects.requireNonNull(action, "action");
        if (from > to) {
            throw new IllegalArgumentException("empty code range " + from + " to " + to);
        }
        List<Rule> copy = new ArrayList<>(rules);
        copy.add(new Rule(from, to, action));
        return new ReconnectPolicy(copy, initialDelayMillis, maxDelayMillis, multiplier, jitter, maxAttempts,
                connectTimeoutMillis, stableAfterMillis);
    }

    /** Returns a copy whose delays start at {@code initialMillis}, grow by {@code multiplier}, and stop growing at {@code maxMillis}. */
    public ReconnectPolicy withBackoff(double initialMillis, double multiplier, double maxMillis) {
        requirePositive(initialMillis, "initialMillis");
        requirePositive(maxMillis, "maxMillis");
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1 and finite");
        }
        return new ReconnectPolicy(rules, initialMillis, maxMillis, multiplier, jitter, maxAttempts,
                connectTimeoutMillis, stableAfterMillis);
    }

    /** Returns a copy whose delays are cut by a random part of up to {@code fraction} (0 to 1) of them. */
    public ReconnectPolicy withJitter(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("jitter must be from 0 to 1");
        }
        return new ReconnectPolicy(rules, initialDelayMillis, maxDelayMillis, multiplier, fraction, maxAttempts,
                connectTimeoutMillis, stableAfterMillis);
    }

    /** Returns a copy that fails after {@code attempts} failed retries in a row (0: no retry). */
    public ReconnectPolicy withMaxAttempts(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be 0 or more, was " + attempts);
        }
        return new ReconnectPolicy(rules, initialDelayMillis, maxDelayMillis, multiplier, jitter, attempts,
                connectTimeoutMillis, stableAfterMillis);
    }

    /** Returns a copy where a socket that has not opened after {@code millis} counts as failed. */
    public ReconnectPolicy withConnectTimeout(double millis) {
        requirePositive(millis, "connectTimeoutMillis");
        return new ReconnectPolicy(rules, initialDelayMillis, maxDelayMillis, multiplier, jitter, maxAttempts,
                millis, stableAfterMillis);
    }

    /** Returns a copy where the attempt count resets after a socket stayed open for {@code millis}. */
    public ReconnectPolicy withStableAfter(double millis) {
        Delays.requireFinite(millis, "stableAfterMillis");
        if (millis < 0) {
            throw new IllegalArgumentException("stableAfterMillis must be 0 or more");
        }
        return new ReconnectPolicy(rules, initialDelayMillis, maxDelayMillis, multiplier, jitter, maxAttempts,
                connectTimeoutMillis, millis);
    }

    /** Returns the action for a socket lost with {@code code}: the last rule that covers it, else RECONNECT. */
    public CloseAction actionFor(int code) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if (code >= rule.from() && code <= rule.to()) {
                return rule.action();
            }
        }
        return CloseAction.RECONNECT;
    }

    /**
     * Returns the delay before attempt {@code attempt} (1 for the first retry), with one
     * draw from {@code random} for the jitter.
     */
    public double delayBefore(int attempt, RandomSource random) {
        double delay = initialDelayMillis;
        for (int i = 1; i < attempt && delay < maxDelayMillis; i++) {
            delay = delay * multiplier;
        }
        delay = Math.min(delay, maxDelayMillis);
        return delay * (1 - jitter * random.nextDouble());
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public double connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public double stableAfterMillis() {
        return stableAfterMillis;
    }

    private static void requirePositive(double millis, String name) {
        Delays.requireFinite(millis, name);
        if (millis <= 0) {
            throw new IllegalArgumentException(name + " must be more than 0");
        }
    }
}
