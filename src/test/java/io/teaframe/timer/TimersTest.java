package io.teaframe.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.CancelDispatchLater;
import io.teaframe.effect.DispatchLater;
import io.teaframe.effect.Effects;
import io.teaframe.scope.CancelScope;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers by id and debounce effects through a frame on virtual time. */
class TimersTest {

    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    record Tick(String name) {
    }

    /** Runs its effects; the tests' way to hand effects to the frame. */
    record Run(List<Object> effects) {
        static Run of(Object... effects) {
            return new Run(List.of(effects));
        }
    }

    private final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    private final Timers timers = Timers.install(t.frame());

    TimersTest() {
        t.frame().on(Tick.class, (state, e) -> state.with(e.name() + "@" + (long) t.time().now()));
        t.frame().onFx(Run.class, (cofx, e) -> Effects.none().withEffects(e.effects()));
    }

    private void run(Object... effects) {
        t.dispatchAndDrain(Run.of(effects));
    }

    private List<String> log() {
        return t.state().entries();
    }

    @Test
    void intervalTicksUntilStopped() {
        run(new StartInterval("clock", 1_000, new Tick("clock")));
        t.advance(3_500);
        run(new StopTimer("clock"));
        t.advance(5_000);

        assertEquals(List.of("clock@1000", "clock@2000", "clock@3000"), log());
        assertEquals(0, timers.runningTimers());
        assertEquals(0, t.time().pending());
        t.assertNoErrors();
    }

    @Test
    void startingRunningIdReplacesIt() {
        run(new StartInterval("poll", 1_000, new Tick("slow")));
        t.advance(500);
        run(new StartInterval("poll", 300, new Tick("fast")));
        t.advance(1_000);

        assertEquals(List.of("fast@800", "fast@1100", "fast@1400"), log());
        assertEquals(1, timers.runningTimers());
    }

    @Test
    void timeoutsAndIntervalsShareIds() {
        run(new DispatchLater("x", 1_000, new Tick("later")));
        run(new StartInterval("x", 400, new Tick("interval")));
        t.advance(1_000);
        run(new CancelDispatchLater("x"));
        t.advance(1_000);

        assertEquals(List.of("interval@400", "interval@800"), log());
        assertEquals(0, t.frame().pendingDelayedDispatches());
    }

    @Test
    void startTimeoutFiresOnceThenLeavesNothing() {
        run(new StartTimeout("once", 250, new Tick("once"), null));
        assertTrue(timers.isRunning("once"));
        t.advance(1_000);

        assertEquals(List.of("once@250"), log());
        assertFalse(timers.isRunning("once"));
        assertEquals(0, timers.runningTimers());
    }

    @Test
    void stopAllStopsNamedTimersOnly() {
        run(new StartInterval("a", 100, new Tick("a")), new StartTimeout("b", 100, new Tick("b"), null),
                new DispatchLater("c", 100, new Tick("c")), new DispatchLater(100, new Tick("anonymous")));
        assertEquals(4, timers.runningTimers());

        run(new StopAllTimers());
        assertEquals(1, timers.runningTimers());
        t.advance(1_000);

        assertEquals(List.of("anonymous@100"), log());
        assertEquals(0, timers.runningTimers());
    }

    @Test
    void cancelScopeStopsItsTimersOnly() {
        run(new StartInterval("a", 100, new Tick("a"), "panel"), new StartTimeout("b", 150, new Tick("b"), "panel"),
                new StartInterval("c", 100, new Tick("c")));
        assertEquals(2, t.frame().scopes().count("panel"));

        run(new CancelScope("panel"));
        t.advance(250);

        assertEquals(List.of("c@100", "c@200"), log());
        assertEquals(1, timers.runningTimers());
        assertEquals(0, t.frame().scopes().size());
    }

    @Test
    void stoppedTimerLeavesItsScope() {
        run(new StartInterval("a", 100, new Tick("a"), "panel"));
        run(new StopTimer("a"));

        assertEquals(0, t.frame().scopes().size());
    }

    @Test
    void zeroIntervalRejected() {
        assertThrows(IllegalArgumentException.class, () -> new StartInterval("spin", 0, new Tick("spin")));
    }

    @Test
    void debounceFiresLastEventOnce() {
        for (String text : List.of("t", "te", "tea")) {
            run(Debounce.of("search", 300, new Tick(text)));
            t.advance(100);
        }
        assertEquals(1, timers.activeDebounces());
        t.advance(1_000);

        assertEquals(List.of("tea@500"), log());
        assertEquals(0, timers.activeDebounces());
        assertEquals(0, t.time().pending());
    }

    @Test
    void throttleFiresFirstAndLastOfWindow() {
        for (int i = 0; i < 5; i++) {
            run(Throttle.of("scroll", 100, new Tick("s" + i)));
            t.advance(30);
        }
        t.advance(1_000);

        // Calls at 0, 30, 60, 90, 120: the first at once, 90 at the window's end, 120 a
        // full wait after it came, because it came right after a fire.
        assertEquals(List.of("s0@0", "s3@100", "s4@220"), log());
        assertEquals(0, timers.activeDebounces());
    }

    @Test
    void cancelAndFlushDebounce() {
        run(Debounce.of("save", 1_000, new Tick("dropped")));
        run(new CancelDebounce("save"));
        run(Debounce.of("save", 1_000, new Tick("flushed")));
        t.advance(10);
        run(new FlushDebounce("save"));
        t.advance(5_000);

        assertEquals(List.of("flushed@10"), log());
        assertEquals(0, timers.activeDebounces());
    }

    @Test
    void debounceInCancelledScopeFiresNothing() {
        run(Debounce.of("search", 300, new Tick("search")).inScope("box"));
        run(new CancelScope("box"));
        t.advance(1_000);

        assertEquals(List.of(), log());
        assertEquals(0, timers.activeDebounces());
        assertEquals(0, t.frame().scopes().size());
    }
}
