package io.teaframe.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SharedTimerScheduler on virtual time: one wrapped timeout, order, cancelling, early wake-ups. */
class SharedTimerSchedulerTest {

    private final VirtualTime time = new VirtualTime();
    private final SharedTimerScheduler scheduler = new SharedTimerScheduler(time, time, 1000);
    private final List<String> ran = new ArrayList<>();

    private Runnable logRun(String name) {
        return () -> ran.add(name + "@" + time.now());
    }

    @Test
    void longTimeoutsShareOneTimer() {
        scheduler.timeout(30_000, logRun("a"));
        time.advance(1);
        scheduler.timeout(30_000, logRun("b"));
        time.advance(1);
        scheduler.timeout(30_000, logRun("c"));

        assertEquals(3, scheduler.pendingShared());
        assertEquals(1, time.pending());

        time.advance(40_000);

        assertEquals(List.of("a@30000.0", "b@30001.0", "c@30002.0"), ran);
        assertEquals(0, scheduler.pendingShared());
        assertEquals(0, time.pending());
    }

    @Test
    void shortTimeoutGoesToWrappedScheduler() {
        scheduler.timeout(999, logRun("short"));

        assertEquals(0, scheduler.pendingShared());
        assertEquals(1, time.pending());

        time.advance(999);

        assertEquals(List.of("short@999.0"), ran);
    }

    @Test
    void earlierDeadlineMovesTimer() {
        scheduler.timeout(30_000, logRun("late"));
        scheduler.timeout(5_000, logRun("early"));

        assertEquals(1, time.pending());

        time.advance(30_000);

        assertEquals(List.of("early@5000.0", "late@30000.0"), ran);
    }

    @Test
    void equalDeadlinesRunInSchedulingOrder() {
        for (int i = 0; i < 5; i++) {
            scheduler.timeout(2_000, logRun("t" + i));
        }

        time.advance(2_000);

        assertEquals(List.of("t0@2000.0", "t1@2000.0", "t2@2000.0", "t3@2000.0", "t4@2000.0"), ran);
    }

    @Test
    void cancelRemovesTaskAtOnce() {
        Cancellable first = scheduler.timeout(30_000, logRun("first"));
        Cancellable second = scheduler.timeout(30_000, logRun("second"));

        first.cancel();
        first.cancel();

        assertEquals(1, scheduler.pendingShared());

        second.cancel();

        assertEquals(0, scheduler.pendingShared());
        time.advance(60_000);
        assertEquals(List.of(), ran);
    }

    @Test
    void timerStaysArmedAfterLastCancel() {
        scheduler.timeout(30_000, logRun("cancelled")).cancel();

        // The wrapped timeout wakes once with nothing to run, and arms no other.
        assertEquals(1, time.pending());
        time.advance(30_000);
        assertEquals(0, time.pending());
        assertEquals(List.of(), ran);
    }

    @Test
    void laterTimeoutReusesArmedTimer() {
        scheduler.timeout(30_000, logRun("cancelled")).cancel();
        time.advance(10);
        scheduler.timeout(30_000, logRun("kept"));

        assertEquals(1, time.pending());

        time.advance(29_990);

        assertEquals(1, time.pending());
        assertEquals(List.of(), ran);

        time.advance(10);

        assertEquals(List.of("kept@30010.0"), ran);
        assertEquals(0, time.pending());
    }

    @Test
    void cancelAfterRunDoesNothing() {
        Cancellable first = scheduler.timeout(1_000, logRun("first"));
        scheduler.timeout(2_000, logRun("second"));
        time.advance(1_000);

        first.cancel();

        assertEquals(1, scheduler.pendingShared());
        time.advance(1_000);
        assertEquals(List.of("first@1000.0", "second@2000.0"), ran);
    }

    @Test
    void earlyWakeUpNeverRunsTaskEarly() {
        EarlyScheduler early = new EarlyScheduler(time, 3);
        SharedTimerScheduler shared = new SharedTimerScheduler(early, time, 1000);
        shared.timeout(5_000, logRun("task"));

        time.advance(4_999.9);

        assertEquals(List.of(), ran);
        assertEquals(1, shared.pendingShared());

        time.advance(0.1);

        assertEquals(List.of("task@5000.0"), ran);
        assertEquals(2, early.calls, "the timer was armed again after the early wake-up");
    }

    @Test
    void taskMayScheduleAnotherTimeout() {
        scheduler.timeout(1_000, () -> {
            ran.add("outer@" + time.now());
            scheduler.timeout(1_500, logRun("inner"));
        });
        scheduler.timeout(2_000, logRun("next"));

        time.advance(3_000);

        assertEquals(List.of("outer@1000.0", "next@2000.0", "inner@2500.0"), ran);
        assertEquals(0, time.pending());
    }

    @Test
    void throwingTaskLeavesOthersForNewTimer() {
        scheduler.timeout(1_000, () -> {
            throw new IllegalStateException("task failed");
        });
        scheduler.timeout(1_000, logRun("after"));

        // VirtualTime passes the exception on, where the browser's scheduler logs it.
        assertThrows(IllegalStateException.class, () -> time.advance(1_000));

        assertEquals(List.of(), ran);
        assertEquals(1, scheduler.pendingShared());

        time.runDue();

        assertEquals(List.of("after@1000.0"), ran);
    }

    @Test
    void randomScheduleAndCancelMatchesSortedOrder() {
        Random random = new Random(42);
        List<Expected> expected = new ArrayList<>();
        List<Cancellable> handles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int delay = 1_000 + 100 * random.nextInt(50);
            String name = "t" + i;
            expected.add(new Expected(name, time.now() + delay, i));
            handles.add(scheduler.timeout(delay, logRun(name)));
            int victim = random.nextInt(handles.size());
            if (random.nextInt(3) == 0 && expected.get(victim).deadline > time.now()) {
                handles.get(victim).cancel();
                expected.get(victim).cancelled = true;
            }
            if (random.nextInt(10) == 0) {
                time.advance(random.nextInt(500));
            }
        }

        time.advance(10_000);

        List<String> expectedOrder = new ArrayList<>();
        expected.stream()
                .filter(e -> !e.cancelled)
                .sorted((x, y) -> x.deadline != y.deadline ? Double.compare(x.deadline, y.deadline)
                        : Integer.compare(x.order, y.order))
                .forEach(e -> expectedOrder.add(e.name + "@" + e.deadline));
        assertEquals(expectedOrder, ran);
        assertEquals(0, scheduler.pendingShared());
        assertEquals(0, time.pending());
    }

    @Test
    void otherKindsGoToWrappedScheduler() {
        scheduler.nextTick(logRun("tick"));
        scheduler.microtask(logRun("microtask"));
        scheduler.animationFrame(logRun("frame"));

        time.advance(VirtualTime.FRAME_MILLIS);

        assertEquals(List.of("microtask@0.0", "tick@0.0", "frame@16.0"), ran);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.timeout(Double.NaN, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> new SharedTimerScheduler(time, time, 0));
        assertThrows(IllegalArgumentException.class, () -> new SharedTimerScheduler(time, time, Double.NaN));
        assertThrows(NullPointerException.class, () -> scheduler.timeout(5_000, null));
    }

    /** A task expected to run, in the model that the random test compares with. */
    private static final class Expected {
        final String name;
        final double deadline;
        final int order;
        boolean cancelled;

        Expected(String name, double deadline, int order) {
            this.name = name;
            this.deadline = deadline;
            this.order = order;
        }
    }

    /** A scheduler whose first timeout fires {@code earlyMillis} before its delay, as a browser timer may. */
    private static final class EarlyScheduler implements Scheduler {

        private final Scheduler scheduler;
        private final double earlyMillis;
        int calls;

        EarlyScheduler(Scheduler scheduler, double earlyMillis) {
            this.scheduler = scheduler;
            this.earlyMillis = earlyMillis;
        }

        @Override
        public Cancellable nextTick(Runnable task) {
            return scheduler.nextTick(task);
        }

        @Override
        public Cancellable timeout(double delayMillis, Runnable task) {
            calls++;
            double shortened = calls == 1 ? delayMillis - earlyMillis : delayMillis;
            return scheduler.timeout(Math.max(0, shortened), task);
        }

        @Override
        public Cancellable animationFrame(Runnable task) {
            return scheduler.animationFrame(task);
        }
    }
}
