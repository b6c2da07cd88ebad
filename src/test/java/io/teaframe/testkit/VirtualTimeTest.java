package io.teaframe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.Cancellable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** VirtualTime: task ordering, animation frames, cancelling, advancing and the runaway guard. */
class VirtualTimeTest {

    private final VirtualTime time = new VirtualTime();
    private final List<String> ran = new ArrayList<>();

    private Runnable logRun(String name) {
        return () -> ran.add(name + "@" + time.now());
    }

    @Test
    void sameDueTimeRunsInSchedulingOrder() {
        time.timeout(0, logRun("timeout1"));
        time.nextTick(logRun("tick1"));
        time.timeout(0, logRun("timeout2"));
        time.nextTick(logRun("tick2"));

        time.runDue();

        assertEquals(List.of("timeout1@0.0", "tick1@0.0", "timeout2@0.0", "tick2@0.0"), ran);
    }

    @Test
    void microtaskRunsBeforeEarlierTasks() {
        time.advance(5);
        time.timeout(-1, logRun("overdue timeout"));
        time.nextTick(logRun("tick"));
        time.microtask(logRun("microtask"));

        time.runDue();

        assertEquals(List.of("microtask@5.0", "overdue timeout@5.0", "tick@5.0"), ran);
    }

    @Test
    void microtaskFromTaskRunsRightAfterIt() {
        time.nextTick(() -> {
            ran.add("tick1");
            time.microtask(() -> {
                ran.add("microtask1");
                time.microtask(() -> ran.add("microtask2"));
            });
        });
        time.nextTick(() -> ran.add("tick2"));

        time.runDue();

        assertEquals(List.of("tick1", "microtask1", "microtask2", "tick2"), ran);
    }

    @Test
    void microtaskNeverRunsInsideScheduling() {
        time.microtask(logRun("microtask"));

        assertEquals(List.of(), ran);
        assertEquals(1, time.pending());
    }

    @Test
    void earlierDueRunsFirst() {
        time.timeout(10, logRun("late"));
        time.timeout(5, logRun("early"));
        time.timeout(5, logRun("early2"));

        time.advance(10);

        assertEquals(List.of("early@5.0", "early2@5.0", "late@10.0"), ran);
    }

    @Test
    void nothingRunsWhenScheduled() {
        time.nextTick(logRun("tick"));

        assertEquals(List.of(), ran);
        assertEquals(1, time.pending());
    }

    @Test
    void runDueKeepsTimeAndSkipsFuture() {
        time.timeout(1, logRun("future"));

        int count = time.runDue();

        assertEquals(0, count);
        assertEquals(0, time.now());
        assertEquals(List.of(), ran);
    }

    @ParameterizedTest(name = "at {0} ms the frame is due at {1} ms")
    @CsvSource({"0, 16", "5, 16", "15.9, 16", "16, 32", "31.5, 32", "100, 112"})
    void animationFrameAtNextBoundary(double start, double expectedDue) {
        time.spend(start);
        double[] ranAt = {-1};

        time.animationFrame(() -> ranAt[0] = time.now());
        time.advance(50);

        assertEquals(expectedDue, ranAt[0]);
    }

    @Test
    void animationFrameRunsAfterEarlierTimeout() {
        time.animationFrame(logRun("frame"));
        time.timeout(16, logRun("timeout"));
        time.timeout(15, logRun("earlier"));

        time.advance(16);

        assertEquals(List.of("earlier@15.0", "frame@16.0", "timeout@16.0"), ran);
    }

    @Test
    void cancelledTaskNeverRuns() {
        Cancellable task = time.timeout(5, logRun("cancelled"));
        time.timeout(5, logRun("kept"));

        task.cancel();
        int count = time.advance(10);

        assertEquals(List.of("kept@5.0"), ran);
        assertEquals(1, count);
    }

    @Test
    void cancelIsIdempotent() {
        Cancellable task = time.nextTick(logRun("cancelled"));

        task.cancel();
        task.cancel();
        time.runDue();

        assertEquals(List.of(), ran);
        assertEquals(0, time.pending());
    }

    @Test
    void cancelAfterRunDoesNothing() {
        Cancellable task = time.nextTick(logRun("tick"));
        time.runDue();

        task.cancel();

        assertEquals(List.of("tick@0.0"), ran);
        assertEquals(0, time.pending());
    }

    @Test
    void pendingCountsLiveTasks() {
        time.nextTick(logRun("a"));
        Cancellable cancelled = time.timeout(3, logRun("b"));
        time.animationFrame(logRun("c"));

        cancelled.cancel();

        assertEquals(2, time.pending());
    }

    @Test
    void advanceRunsAtDueTimes() {
        time.timeout(3, logRun("three"));
        time.timeout(7.5, logRun("seven"));

        int count = time.advance(10);

        assertEquals(List.of("three@3.0", "seven@7.5"), ran);
        assertEquals(2, count);
        assertEquals(10, time.now());
    }

    @Test
    void advanceRunsTasksScheduledMeanwhile() {
        time.timeout(2, () -> time.timeout(3, logRun("nested")));

        time.advance(10);

        assertEquals(List.of("nested@5.0"), ran);
    }

    @Test
    void advanceStopsAtTarget() {
        time.timeout(2, () -> time.timeout(9, logRun("nested")));

        time.advance(10);

        assertEquals(List.of(), ran);
        assertEquals(1, time.pending());
    }

    @Test
    void advanceIncludesTaskAtTarget() {
        time.timeout(10, logRun("edge"));

        time.advance(10);

        assertEquals(List.of("edge@10.0"), ran);
    }

    @Test
    void runNextJumpsToDueTime() {
        time.timeout(40, logRun("later"));

        assertTrue(time.runNext());

        assertEquals(List.of("later@40.0"), ran);
        assertFalse(time.runNext());
    }

    @Test
    void spendMovesClockOnly() {
        time.timeout(1, logRun("due"));

        time.spend(5);

        assertEquals(5, time.now());
        assertEquals(List.of(), ran);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void advanceRejectsInvalidMillis(double millis) {
        assertThrows(IllegalArgumentException.class, () -> time.advance(millis));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void timeoutRejectsNonFiniteDelay(double delay) {
        assertThrows(IllegalArgumentException.class, () -> time.timeout(delay, logRun("never")));
    }

    @Test
    void runawayTasksThrow() {
        int[] runs = {0};
        Runnable[] again = new Runnable[1];
        again[0] = () -> {
            runs[0]++;
            time.nextTick(again[0]);
        };
        time.nextTick(again[0]);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, time::runDue);

        assertEquals(VirtualTime.MAX_TASKS_PER_CALL + 1, runs[0]);
        assertTrue(thrown.getMessage().contains(String.valueOf(VirtualTime.MAX_TASKS_PER_CALL)),
                thrown.getMessage());
    }
}
