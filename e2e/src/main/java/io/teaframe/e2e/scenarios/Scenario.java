package io.teaframe.e2e.scenarios;

import java.util.Objects;

/**
 * A named browser check that reports its result asynchronously through an
 * {@link Outcome}. The runner fails a scenario that reports nothing within
 * {@code timeoutMillis}.
 *
 * @param name the name shown on the page and used as the JUnit test name
 * @param timeoutMillis how long the runner waits for a result, in milliseconds
 * @param body the check itself
 */
public record Scenario(String name, double timeoutMillis, Body body) {

    /** The time a scenario made with {@link #of} gets to report, in milliseconds. */
    public static final double DEFAULT_TIMEOUT_MILLIS = 5000;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (!(timeoutMillis > 0)) {
            throw new IllegalArgumentException("Scenario timeout must be positive, got " + timeoutMillis);
        }
    }

    /** Creates a scenario with the {@linkplain #DEFAULT_TIMEOUT_MILLIS default timeout}. */
    public static Scenario of(String name, Body body) {
        return new Scenario(name, DEFAULT_TIMEOUT_MILLIS, body);
    }

    /** The code of a scenario. It may return before it reports, and must report exactly once. */
    @FunctionalInterface
    public interface Body {

        /**
         * Starts the scenario. An exception thrown here fails it at once.
         *
         * @param outcome where the scenario reports its checks and its result
         */
        void run(Outcome outcome) throws Exception;
    }
}
