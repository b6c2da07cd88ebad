package io.teaframe.e2e.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the checks of one running scenario and reports its result to the runner.
 *
 * <p>A scenario records checks as it goes and calls {@link #finish} at the end, which
 * passes if every check held. Only the first result counts: after a pass, a failure or
 * the runner's timeout, later calls do nothing.
 */
public final class Outcome {

    /** Receives the result of a scenario, once. */
    interface Listener {

        void completed(boolean passed, String message);
    }

    private final Listener listener;
    private final List<String> failedChecks = new ArrayList<>();
    private boolean done;

    Outcome(Listener listener) {
        this.listener = listener;
    }

    /** Records a failed check with {@code failureMessage} unless {@code condition} holds. */
    public void check(boolean condition, String failureMessage) {
        if (!condition) {
            failedChecks.add(failureMessage);
        }
    }

    /** Records a failed check, named by {@code label}, unless {@code actual} equals {@code expected}. */
    public void checkEquals(Object expected, Object actual, String label) {
        check(Objects.equals(expected, actual), label + ": expected " + expected + ", got " + actual);
    }

    /**
     * Ends the scenario: it passes with {@code summary} if every check held, and fails with
     * the failed checks otherwise.
     */
    public void finish(String summary) {
        if (failedChecks.isEmpty()) {
            complete(true, summary);
        } else {
            complete(false, String.join("; ", failedChecks));
        }
    }

    /** Ends the scenario as failed with {@code message}, followed by any failed checks. */
    public void fail(String message) {
        List<String> messages = new ArrayList<>();
        messages.add(message);
        messages.addAll(failedChecks);
        complete(false, String.join("; ", messages));
    }

    /** Returns true once the scenario has a result. */
    public boolean isDone() {
        return done;
    }

    /**
     * Wraps an asynchronous step so that an exception it throws fails the scenario at once,
     * instead of ending up in a scheduler's log and letting the scenario time out.
     */
    public Runnable guard(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (Throwable e) {
                fail("step threw " + ScenarioRunner.describe(e));
            }
        };
    }

    private void complete(boolean passed, String message) {
        if (done) {
            return;
        }
        done = true;
        listener.completed(passed, message);
    }
}
