package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.flow.CancelFlow;
import io.teaframe.flow.EventMatcher;
import io.teaframe.flow.Flow;
import io.teaframe.flow.Flows;
import io.teaframe.flow.Rule;
import io.teaframe.flow.StartFlow;
import io.teaframe.testkit.TestFrame;
import io.teaframe.timer.CancelDebounce;
import io.teaframe.timer.Debounce;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.StopTimer;
import io.teaframe.timer.Timers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory check of docs/benchmarks.md: many timer and flow cycles through a frame
 * leave the registries empty and the heap flat. It counts, it does not time.
 */
class MemoryCheckTest {

    static final int TIMER_CYCLES = 100_000;
    static final int FLOW_CYCLES = 10_000;

    /**
     * The largest heap growth accepted, in bytes. A leak of one 16-byte object per timer
     * cycle would add 1.6 MB and fail. Three runs grew by 3 KiB, so 1 MiB leaves room for
     * the JVM's noise.
     */
    static final long MAX_GROWTH_BYTES = 1024L * 1024;

    record Tick() {
    }

    record Loaded() {
    }

    record Run(List<Object> effects) {
    }

    @Test
    void cyclesLeaveRegistriesEmptyAndHeapFlat() {
        TestFrame<Integer> t = TestFrame.create(0);
        Timers timers = Timers.install(t.frame());
        Flows flows = Flows.install(t.frame());
        t.frame().on(Tick.class, (state, e) -> state + 1);
        t.frame().onFx(Run.class, (cofx, e) -> Effects.none().withEffects(e.effects()));

        // One warm-up round so that classes, caches and the JIT are settled before measuring.
        cycle(t, 1_000, 100);
        long before = usedHeapAfterGc();

        cycle(t, TIMER_CYCLES, FLOW_CYCLES);

        assertEquals(0, timers.runningTimers());
        assertEquals(0, timers.activeDebounces());
        assertEquals(0, flows.count());
        assertEquals(0, t.frame().scopes().size());
        assertEquals(0, t.time().pending());
        t.assertNoErrors();

        long after = usedHeapAfterGc();
        long growth = after - before;
        System.out.println("memory check: used heap after GC " + before / 1024 + " KiB before, " + after / 1024
                + " KiB after " + TIMER_CYCLES + " timer and " + FLOW_CYCLES + " flow cycles (growth "
                + growth / 1024 + " KiB)");
        assertTrue(growth < MAX_GROWTH_BYTES, "the heap grew by " + growth + " bytes");
    }

    /**
     * Starts and stops {@code timerCycles} scoped intervals with a debounce each, and starts
     * and cancels {@code flowCycles} flows with a timeout and a timer in their scope.
     */
    private static void cycle(TestFrame<Integer> t, int timerCycles, int flowCycles) {
        for (int i = 0; i < timerCycles; i++) {
            String id = "timer-" + (i % 1_000);
            t.dispatch(new Run(List.of(new StartInterval(id, 1_000, new Tick(), "scope-" + (i % 10)),
                    Debounce.of(id, 500, new Tick()))));
            t.dispatch(new Run(List.of(new StopTimer(id), new CancelDebounce(id))));
            if (i % 1_000 == 999) {
                t.drain();
            }
        }
        t.drain();

        for (int i = 0; i < flowCycles; i++) {
            String id = "flow-" + (i % 100);
            Flow flow = Flow.named(id)
                    .rule(Rule.whenAll(EventMatcher.of(Loaded.class)).dispatch(new Tick()).halt())
                    .timeout(60_000, new Tick());
            t.dispatch(new Run(List.of(new StartFlow(flow), new StartInterval("poll-" + id, 1_000, new Tick(), id))));
            t.dispatch(new Run(List.of(new CancelFlow(id))));
            if (i % 100 == 99) {
                t.drain();
            }
        }
        t.drain();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // Several rounds, because one System.gc() may leave garbage that a later one frees.
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
