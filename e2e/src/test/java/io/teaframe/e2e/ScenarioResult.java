package io.teaframe.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One {@code <li data-name data-status>} of scenarios.html, read back by a browser test.
 *
 * @param name the scenario name
 * @param status {@code pass}, {@code fail} or {@code running}
 * @param message the text of the item: the pass summary or the failure message
 */
record ScenarioResult(String name, String status, String message) {

    /** The scenario page, relative to the server root. */
    static final String PAGE = "scenarios/scenarios.html";

    /** How long a browser test waits for the page to set {@code data-done}, in seconds. */
    static final int DONE_TIMEOUT_SECONDS = 60;

    /** Returns one test per scenario, named after it, that fails with the scenario's message. */
    static Stream<DynamicTest> asTests(List<ScenarioResult> results) {
        return asTests(results, Map.of());
    }

    /**
     * Returns one test per scenario, as {@link #asTests(List)} does, except that a failed
     * scenario named in {@code notModelled} is reported as skipped with the reason given
     * there: a behaviour of real browsers that this browser engine does not reproduce.
     */
    static Stream<DynamicTest> asTests(List<ScenarioResult> results, Map<String, String> notModelled) {
        assertFalse(results.isEmpty(), "scenarios.html listed no scenarios");
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), () -> {
            String reason = notModelled.get(result.name());
            if (reason != null) {
                assumeTrue("pass".equals(result.status()), () -> reason + " (" + result.message() + ")");
            }
            assertEquals("pass", result.status(), () -> result.name() + ": " + result.message());
        }));
    }

    /** Returns the results as lines of "status name: message", for timeout messages. */
    static String summarize(List<ScenarioResult> results) {
        StringBuilder text = new StringBuilder();
        for (ScenarioResult result : results) {
            text.append('\n').append(result.status()).append(' ').append(result.name())
                    .append(": ").append(result.message());
        }
        return text.length() == 0 ? " (no results yet)" : text.toString();
    }
}
