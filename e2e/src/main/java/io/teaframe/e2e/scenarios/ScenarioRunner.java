package io.teaframe.e2e.scenarios;

import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Runs scenarios one after another and writes each result into the page.
 *
 * <p>Each scenario becomes {@code <li data-name="..." data-status="running|pass|fail">}
 * in {@code #results}, with its message as text. When all have run, the body gets
 * {@code data-done="true"} and the counts {@code data-passed} and {@code data-failed}.
 * The browser tests wait for {@code data-done} and read the list.
 *
 * <p>The runner uses {@code setTimeout} directly rather than a teaframe scheduler,
 * because the scheduler is one of the things under test.
 */
final class ScenarioRunner {

    private final HTMLDocument document;
    private final HTMLElement resultList;
    private final List<Scenario> scenarios;
    private int nextIndex;
    private int passedCount;
    private int failedCount;

    ScenarioRunner(HTMLDocument document, List<Scenario> scenarios) {
        this.document = document;
        this.resultList = document.getElementById("results");
        this.scenarios = scenarios;
    }

    void start() {
        runNext();
    }

    /** Returns the class name and message of {@code e}, for failure messages. */
    static String describe(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    private void runNext() {
        if (nextIndex == scenarios.size()) {
            finishAll();
            return;
        }
        Scenario scenario = scenarios.get(nextIndex++);
        HTMLElement item = document.createElement("li");
        item.setAttribute("data-name", scenario.name());
        item.setAttribute("data-status", "running");
        item.setTextContent("running");
        resultList.appendChild(item);

        Run run = new Run(item);
        Outcome outcome = new Outcome(run);
        run.timerId = Window.setTimeout(
                () -> outcome.fail("timed out after " + (int) scenario.timeoutMillis() + " ms"),
                scenario.timeoutMillis());
        try {
            scenario.body().run(outcome);
        } catch (Throwable e) {
            outcome.fail("threw " + describe(e));
        }
    }

    private void finishAll() {
        HTMLElement body = document.getBody();
        body.setAttribute("data-passed", Integer.toString(passedCount));
        body.setAttribute("data-failed", Integer.toString(failedCount));
        body.setAttribute("data-done", "true");
        document.getElementById("summary").setTextContent(
                passedCount + " passed, " + failedCount + " failed");
    }

    /** One scenario in progress: its list item and its timeout timer. */
    private final class Run implements Outcome.Listener {

        private final HTMLElement item;
        private int timerId;

        Run(HTMLElement item) {
            this.item = item;
        }

        @Override
        public void completed(boolean passed, String message) {
            Window.clearTimeout(timerId);
            if (passed) {
                passedCount++;
            } else {
                failedCount++;
            }
            item.setAttribute("data-status", passed ? "pass" : "fail");
            item.setTextContent(message);

            // Start the next scenario from a fresh task, so none runs inside another's callback.
            Window.setTimeout(ScenarioRunner.this::runNext, 0);
        }
    }
}
