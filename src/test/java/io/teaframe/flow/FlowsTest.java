package io.teaframe.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.StartTimeout;
import io.teaframe.timer.Timers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flows of rules: all-of and any-of, halting, cancellation and timeouts. */
class FlowsTest {

    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    /** Any event the app logs by name. */
    record Happened(String name) {
    }

    record Loaded(String what) {
    }

    record Failed(String what) {
    }

    record Run(List<Object> effects) {
        static Run of(Object... effects) {
            return new Run(List.of(effects));
        }
    }

    private final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    private final Flows flows = Flows.install(t.frame());
    private final Timers timers = Timers.install(t.frame());

    FlowsTest() {
        t.frame().on(Happened.class, (state, e) -> state.with(e.name()));
        t.frame().on(Loaded.class, (state, e) -> state.with("loaded " + e.what()));
        t.frame().on(Failed.class, (state, e) -> state.with("failed " + e.what()));
        t.frame().onFx(Run.class, (cofx, e) -> Effects.none().withEffects(e.effects()));
    }

    private static final Flow BOOT = Flow.named("boot")
            .firstDispatch(new Happened("boot started"))
            .rule(Rule.whenAll(EventMatcher.of(Loaded.class, e -> e.what().equals("config")),
                    EventMatcher.of(Loaded.class, e -> e.what().equals("user")))
                    .dispatch(new Happened("home")).halt())
            .rule(Rule.whenAny(EventMatcher.of(Failed.class)).dispatch(new Happened("boot error")).halt());

    private List<String> log() {
        return t.state().entries();
    }

    @Test
    void allOfWaitsForEveryMatcher() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Loaded("user"));
        assertTrue(flows.isRunning("boot"));
        t.dispatchAndDrain(new Loaded("config"));

        assertEquals(List.of("boot started", "loaded user", "loaded config", "home"), log());
        assertEquals(0, flows.count());
        t.assertNoErrors();
    }

    @Test
    void anyOfFiresOnFirstMatch() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Failed("user"));

        assertEquals(List.of("boot started", "failed user", "boot error"), log());
        assertFalse(flows.isRunning("boot"));
    }

    @Test
    void eventsAfterHaltIgnoredQuietly() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Failed("user"));
        t.dispatchAndDrain(new Loaded("config")).dispatchAndDrain(new Loaded("user"));

        assertEquals(List.of("boot started", "failed user", "boot error", "loaded config", "loaded user"), log());
        t.assertNoErrors();
    }

    @Test
    void ruleFiresAtMostOnce() {
        Flow flow = Flow.named("counting")
                .rule(Rule.whenAny(EventMatcher.of(Loaded.class)).dispatch(new Happened("first load")))
                .rule(Rule.whenAny(EventMatcher.of(Failed.class)).halt());
        t.dispatchAndDrain(Run.of(new StartFlow(flow)));
        t.dispatchAndDrain(new Loaded("a")).dispatchAndDrain(new Loaded("b"));

        assertEquals(List.of("loaded a", "first load", "loaded b"), log());
        assertTrue(flows.isRunning("counting"));
    }

    @Test
    void flowEndsWhenEveryRuleFired() {
        Flow flow = Flow.named("once").rule(Rule.whenAny(EventMatcher.of(Loaded.class)).dispatch(new Happened("seen")));
        t.dispatchAndDrain(Run.of(new StartFlow(flow)));
        t.dispatchAndDrain(new Loaded("a"));

        assertEquals(0, flows.count());
    }

    @Test
    void startingEventIsNotSeen() {
        // The event that starts the flow is itself a Loaded: it must not count.
        t.frame().onFx(Loaded.class, (cofx, e) -> e.what().equals("starter")
                ? Effects.of(new StartFlow(Flow.named("f")
                        .rule(Rule.whenAny(EventMatcher.of(Loaded.class)).dispatch(new Happened("matched")))))
                : Effects.none());
        t.frame().addPostEventCallback("tracing on", (event, state) -> { });

        t.dispatchAndDrain(new Loaded("starter"));
        assertTrue(flows.isRunning("f"));
        t.dispatchAndDrain(new Loaded("next"));

        assertFalse(flows.isRunning("f"));
    }

    @Test
    void failedEventDoesNotCount() {
        t.frame().on(Failed.class, (state, e) -> {
            throw new IllegalStateException("handler bug");
        });
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Failed("user"));

        assertTrue(flows.isRunning("boot"));
        assertEquals(1, t.errors().size());
    }

    @Test
    void cancelStopsFlowAndItsScopedWork() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT),
                new StartInterval("poll", 100, new Happened("poll"), "boot")));
        assertEquals(1, timers.runningTimers());

        t.dispatchAndDrain(Run.of(new CancelFlow("boot")));
        t.advance(1_000);
        t.dispatchAndDrain(new Failed("user"));

        assertEquals(List.of("boot started", "failed user"), log());
        assertEquals(0, flows.count());
        assertEquals(0, timers.runningTimers());
        assertEquals(0, t.frame().scopes().size());
        assertEquals(0, t.time().pending());
    }

    @Test
    void startingRunningIdRestartsIt() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Loaded("user"));
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Loaded("config"));

        // The restarted flow forgot the first Loaded("user").
        assertTrue(flows.isRunning("boot"));
        assertEquals(1, flows.count());
    }

    @Test
    void timeoutDispatchesItsEventAndCancelsScope() {
        Flow flow = BOOT.timeout(5_000, new Happened("boot timed out"));
        t.dispatchAndDrain(Run.of(new StartFlow(flow), new StartTimeout("late", 9_000, new Happened("late"), "boot")));
        t.advance(5_000);
        t.advance(10_000);

        assertEquals(List.of("boot started", "boot timed out"), log());
        assertEquals(0, flows.count());
        assertEquals(0, timers.runningTimers());
    }

    @Test
    void timeoutWithoutEventReachesErrorHandler() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT.timeout(2_000, null))));
        t.advance(2_000);

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.TIMEOUT, error.phase());
        assertEquals("flow 'boot'", error.source());
        assertTrue(error.cause() instanceof FlowTimeoutException);
        assertEquals(2_000, error.timeMillis());
    }

    @Test
    void haltedFlowTimeoutNeverFires() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT.timeout(2_000, new Happened("timed out")))));
        t.dispatchAndDrain(new Failed("x"));
        t.advance(5_000);

        assertFalse(log().contains("timed out"));
        assertEquals(0, t.time().pending());
    }

    @Test
    void throwingScopeWorkInTimeoutReported() {
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT.timeout(1_000, new Happened("timed out")))));
        t.frame().scopes().add("boot", () -> {
            throw new IllegalStateException("abort failed");
        });
        t.advance(1_000);

        assertTrue(log().contains("timed out"));
        assertEquals(1, t.errors().size());
        assertEquals(Phase.TIMER, t.errors().get(0).phase());
        assertEquals("abort failed", t.errors().get(0).cause().getMessage());
        assertEquals(0, flows.count());
    }

    @Test
    void flowStartsAgainAfterRegistryEmptied() {
        // The trace listener is removed with the last flow and must come back with the next.
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(Run.of(new CancelFlow("boot")));
        t.dispatchAndDrain(Run.of(new StartFlow(BOOT)));
        t.dispatchAndDrain(new Failed("user"));

        assertEquals(List.of("boot started", "boot started", "failed user", "boot error"), log());
        assertEquals(0, flows.count());
    }
}
