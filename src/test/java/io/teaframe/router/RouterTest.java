package io.teaframe.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {

    record Log(List<String> seen) {
        Log with(String name) {
            List<String> copy = new ArrayList<>(seen);
            copy.add(name);
            return new Log(copy);
        }
    }

    record Named(String name, List<String> dispatches) {
    }

    record Slow(int index) {
    }

    record Render(String name) implements AfterRender {
    }

    private static TestFrame<Log> loggingFrame() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        t.frame().onFx(Named.class, (cofx, e) -> {
            Log log = cofx.state();
            Effects effects = Effects.state(log.with(e.name()));
            for (String next : e.dispatches()) {
                effects = effects.and(new Dispatch(new Named(next, childrenOf(next))));
            }
            return effects;
        });
        return t;
    }

    private static List<String> childrenOf(String name) {
        return name.equals("B") ? List.of("D") : List.of();
    }

    @Test
    void nestedDispatchesRunInQueueOrder() {
        TestFrame<Log> t = loggingFrame();

        t.dispatchAndDrain(new Named("A", List.of("B", "C")));

        assertEquals(List.of("A", "B", "C", "D"), t.state().seen());
        t.assertNoErrors();
    }

    @Test
    void dispatchNeverHandlesInline() {
        TestFrame<Log> t = loggingFrame();

        t.dispatch(new Named("A", List.of()));

        assertEquals(List.of(), t.state().seen());
        assertEquals(RouterState.SCHEDULED, t.frame().routerState());
        assertEquals(1, t.frame().queuedEvents());

        t.drain();
        assertEquals(List.of("A"), t.state().seen());
        assertEquals(RouterState.IDLE, t.frame().routerState());
    }

    @Test
    void eventsDispatchedFromOutsideKeepOrder() {
        TestFrame<Log> t = loggingFrame();

        t.dispatch(new Named("A", List.of("B")));
        t.dispatch(new Named("X", List.of()));
        t.drain();

        assertEquals(List.of("A", "X", "B", "D"), t.state().seen());
    }

    @Test
    void idleRouterRunsBeforeQueuedTicks() {
        TestFrame<Log> t = loggingFrame();
        List<String> order = new ArrayList<>();
        t.frame().platform().scheduler().nextTick(() -> order.add("tick " + t.state().seen()));

        t.dispatch(new Named("A", List.of()));
        t.drain();

        assertEquals(List.of("tick [A]"), order);
    }

    @Test
    void microtaskRunsStopAfterSlice() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        Frame<Log> frame = t.frame();
        List<String> order = new ArrayList<>();
        // Like promise reactions: each event takes 3 ms, and a microtask dispatches the next.
        frame.on(Slow.class, (state, e) -> {
            t.time().spend(3);
            order.add("event " + e.index());
            if (e.index() < 5) {
                frame.platform().scheduler().microtask(() -> frame.dispatch(new Slow(e.index() + 1)));
            }
            return state;
        });

        t.dispatch(new Slow(0));
        frame.platform().scheduler().nextTick(() -> order.add("other task"));
        t.drain();

        // Events 0 to 2 start before the microtask runs have taken 8 ms; event 3 waits for a tick.
        assertEquals(List.of("event 0", "event 1", "event 2", "other task", "event 3", "event 4", "event 5"),
                order);
    }

    @Test
    void idleSliceRestoresMicrotaskRuns() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        Frame<Log> frame = t.frame();
        List<String> order = new ArrayList<>();
        frame.on(Slow.class, (state, e) -> {
            t.time().spend(10);
            order.add("event " + e.index());
            return state;
        });
        // Event 0 uses up the microtask time, and a run in a task would start the count again.
        t.dispatch(new Slow(0)).drain();

        t.advance(Router.SLICE_MILLIS);
        frame.platform().scheduler().nextTick(() -> order.add("other task"));
        t.dispatch(new Slow(1)).drain();

        assertEquals(List.of("event 0", "event 1", "other task"), order);
    }

    @Test
    void dispatchSyncHandlesAtOnce() {
        TestFrame<Log> t = loggingFrame();

        t.frame().dispatchSync(new Named("A", List.of("B")));

        assertEquals(List.of("A"), t.state().seen());
        t.drain();
        assertEquals(List.of("A", "B", "D"), t.state().seen());
    }

    @Test
    void dispatchSyncInsideHandlerFails() {
        TestFrame<Log> t = loggingFrame();
        Frame<Log> frame = t.frame();
        record Nested() {
        }
        frame.on(Nested.class, (state, e) -> {
            frame.dispatchSync(new Named("inner", List.of()));
            return state.with("outer");
        });

        t.dispatchAndDrain(new Nested());

        assertEquals(List.of(), t.state().seen());
        assertEquals(1, t.errors().size());
        Throwable cause = t.errors().get(0).cause();
        assertTrue(cause instanceof IllegalStateException, cause.toString());
        assertTrue(cause.getMessage().contains("dispatchSync"), cause.getMessage());
        assertEquals(0, frame.queuedEvents());
    }

    @Test
    void dispatchSyncInsideEffectFails() {
        TestFrame<Log> t = loggingFrame();
        Frame<Log> frame = t.frame();
        record SyncEffect() {
        }
        record Trigger() {
        }
        frame.registerEffect(SyncEffect.class, (effect, context) -> frame.dispatchSync(new Named("inner", List.of())));
        frame.onFx(Trigger.class, (cofx, e) -> Effects.state(cofx.<Log>state().with("trigger")).and(new SyncEffect()));

        t.dispatchAndDrain(new Trigger());

        assertEquals(List.of(), t.state().seen());
        assertEquals(1, t.errors().size());
        assertTrue(t.errors().get(0).cause() instanceof IllegalStateException);
    }

    @Test
    void longDrainYieldsAfterSlice() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        Frame<Log> frame = t.frame();
        List<String> order = new ArrayList<>();
        frame.on(Slow.class, (state, e) -> {
            // Each event takes 3 ms, so a slice of 8 ms ends after the third.
            t.time().spend(3);
            order.add("event " + e.index());
            if (e.index() == 0) {
                frame.platform().scheduler().nextTick(() -> order.add("other task"));
            }
            return state;
        });
        for (int i = 0; i < 6; i++) {
            t.dispatch(new Slow(i));
        }

        t.drain();

        assertEquals(List.of("event 0", "event 1", "event 2", "other task", "event 3", "event 4", "event 5"),
                order);
    }

    @Test
    void slowAfterFastEventsYieldSoon() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        Frame<Log> frame = t.frame();
        List<String> order = new ArrayList<>();
        // 300 instant events let the router read the clock after many events at a time;
        // the 200 after them take 1 ms each.
        frame.on(Slow.class, (state, e) -> {
            if (e.index() >= 300) {
                t.time().spend(1);
            }
            order.add("event " + e.index());
            return state;
        });
        for (int i = 0; i < 500; i++) {
            t.dispatch(new Slow(i));
        }
        frame.platform().scheduler().nextTick(() -> order.add("other task"));

        t.drain();

        // The slice ends after 8 slow events, and the overrun until the next clock read
        // must stay below 32 events, 32 ms here.
        int slowBeforeYield = order.indexOf("other task") - 300;
        assertTrue(slowBeforeYield >= 8, "slow events before the yield: " + slowBeforeYield);
        assertTrue(slowBeforeYield <= 8 + 32, "slow events before the yield: " + slowBeforeYield);
    }

    @Test
    void slowEventStillProgresses() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        t.frame().on(Slow.class, (state, e) -> {
            t.time().spend(50);
            return state.with("slow " + e.index());
        });
        t.dispatch(new Slow(0)).dispatch(new Slow(1));

        t.drain();

        assertEquals(List.of("slow 0", "slow 1"), t.state().seen());
    }

    @Test
    void afterRenderWaitsForFrame() {
        TestFrame<Log> t = loggingFrame();
        t.frame().on(Render.class, (state, e) -> state.with(e.name()));
        List<String> frames = new ArrayList<>();

        t.dispatch(new Named("A", List.of()));
        t.dispatch(new Render("R"));
        t.dispatch(new Named("C", List.of()));
        t.frame().platform().scheduler().animationFrame(() -> frames.add("rendered " + t.state().seen()));
        t.drain();

        assertEquals(List.of("A"), t.state().seen());
        assertEquals(RouterState.PAUSED, t.frame().routerState());

        t.advance(VirtualTime.FRAME_MILLIS);

        assertEquals(List.of("rendered [A]"), frames);
        assertEquals(List.of("A", "R", "C"), t.state().seen());
        assertEquals(RouterState.IDLE, t.frame().routerState());
    }

    @Test
    void eventsQueuedWhilePausedRunAfter() {
        TestFrame<Log> t = loggingFrame();
        t.frame().on(Render.class, (state, e) -> state.with(e.name()));

        t.dispatch(new Render("R"));
        t.drain();
        t.dispatch(new Named("late", List.of()));
        t.drain();

        assertFalse(t.state().seen().contains("late"));
        t.advance(VirtualTime.FRAME_MILLIS);
        assertEquals(List.of("R", "late"), t.state().seen());
    }

    @Test
    void nullEventIsRejected() {
        TestFrame<Log> t = loggingFrame();

        NullPointerException thrown = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> t.frame().dispatch(null));

        assertTrue(thrown.getMessage().contains("event"));
    }

    @Test
    void clockReadsResumeWhenEventsSlowDown() {
        TestFrame<Log> t = TestFrame.create(new Log(List.of()));
        Frame<Log> frame = t.frame();
        List<String> order = new ArrayList<>();
        frame.on(Slow.class, (state, e) -> {
            // The first 100 events take no time, so the router reads the clock rarely;
            // the rest take 5 ms each, far beyond what a slice holds.
            if (e.index() >= 100) {
                t.time().spend(5);
            }
            if (e.index() == 100) {
                frame.platform().scheduler().nextTick(() -> order.add("other task"));
            }
            order.add("event " + e.index());
            return state;
        });
        for (int i = 0; i < 200; i++) {
            t.dispatch(new Slow(i));
        }

        t.drain();

        int yieldedAt = order.indexOf("other task");
        assertTrue(yieldedAt > 100, "the other task ran before the slow events: " + yieldedAt);
        assertTrue(yieldedAt <= 100 + Router.MAX_EVENTS_PER_CLOCK_READ + 1,
                "slow events ran past the slice: the other task waited for " + (yieldedAt - 100) + " events");
        assertEquals(201, order.size());
    }
}
