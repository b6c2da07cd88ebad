package io.teaframe.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import io.teaframe.timer.StartTimeout;
import io.teaframe.timer.Timers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sequences over a fake request effect: the test dispatches each request's success or
 * failure event later, as an HTTP or socket effect would.
 */
class SequenceTest {

    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    /** A request effect; the fake server below records it. */
    record Request(String path) {
    }

    record Response(String path, int value) {
    }

    record RequestFailed(String path) {
    }

    record Done(int total) {
    }

    record Failed(StepFailure failure) {
    }

    record Broken() {
    }

    record Start(Object effect) {
    }

    record StartAll(List<Object> effects) {
    }

    private final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    private final Flows flows = Flows.install(t.frame());
    private final Timers timers = Timers.install(t.frame());
    private final List<Request> requests = new ArrayList<>();

    SequenceTest() {
        t.frame().registerEffect(Request.class, (effect, context) -> requests.add(effect));
        t.frame().registerEffect(Broken.class, (effect, context) -> {
            throw new IllegalStateException("transport down");
        });
        t.frame().on(Response.class, (state, e) -> state.with(e.path() + "=" + e.value()));
        t.frame().on(RequestFailed.class, (state, e) -> state.with(e.path() + " failed"));
        t.frame().on(Done.class, (state, e) -> state.with("done " + e.total()));
        t.frame().on(Failed.class, (state, e) -> state.with("sequence failed at step " + e.failure().step()));
        t.frame().onFx(Start.class, (cofx, e) -> Effects.of(e.effect()));
    }

    /** user, then the user's orders, then their total; each step reads the last response. */
    private static final Sequence ORDERS = Sequence.named("orders")
            .step(previous -> new Request("user"), EventMatcher.of(Response.class), EventMatcher.of(RequestFailed.class))
            .step(user -> new Request("orders/" + ((Response) user).value()), EventMatcher.of(Response.class),
                    EventMatcher.of(RequestFailed.class))
            .onSuccess(last -> new Done(((Response) last).value()))
            .onFailure(Failed::new);

    @Test
    void eachStepFeedsTheNext() {
        t.dispatchAndDrain(new Start(new StartSequence(ORDERS)));
        assertEquals(List.of(new Request("user")), requests);

        t.dispatchAndDrain(new Response("user", 7));
        assertEquals(new Request("orders/7"), requests.get(1));

        t.dispatchAndDrain(new Response("orders/7", 3));

        assertEquals(List.of("user=7", "orders/7=3", "done 3"), t.state().entries());
        assertEquals(0, flows.count());
        t.assertNoErrors();
    }

    @Test
    void firstFailureStopsSequence() {
        t.dispatchAndDrain(new Start(new StartSequence(ORDERS)));
        t.dispatchAndDrain(new RequestFailed("user"));
        t.dispatchAndDrain(new Response("user", 7));

        assertEquals(1, requests.size());
        assertEquals(List.of("user failed", "sequence failed at step 0", "user=7"), t.state().entries());
        assertEquals(0, flows.count());
    }

    @Test
    void throwingStepEffectFailsSequence() {
        Sequence broken = Sequence.named("broken")
                .step(previous -> new Broken(), EventMatcher.of(Response.class), null)
                .onFailure(Failed::new);
        List<StepFailure> failures = new ArrayList<>();
        t.frame().on(Failed.class, (state, e) -> {
            failures.add(e.failure());
            return state;
        });

        t.dispatchAndDrain(new Start(new StartSequence(broken)));

        assertEquals(1, failures.size());
        assertNull(failures.get(0).event());
        assertEquals("transport down", failures.get(0).cause().getMessage());
        assertEquals(Phase.EFFECT, t.errors().get(0).phase());
        assertEquals(0, flows.count());
    }

    @Test
    void timerStepPlugsIn() {
        record Waited(int value) {
        }
        t.frame().on(Waited.class, (state, e) -> state.with("waited " + e.value()));
        Sequence delayed = Sequence.named("delayed")
                .step(previous -> new StartTimeout("pause", 500, new Waited(((Response) previous).value() + 1),
                        "delayed"), EventMatcher.of(Waited.class), null)
                .onSuccess(last -> new Done(((Waited) last).value()));

        t.dispatchAndDrain(new Start(new StartSequence(delayed, new Response("input", 41))));
        t.advance(499);
        assertEquals(List.of(), t.state().entries());
        t.advance(1);

        assertEquals(List.of("waited 42", "done 42"), t.state().entries());
    }

    @Test
    void cancelledSequenceRunsNoMoreSteps() {
        t.dispatchAndDrain(new Start(new StartSequence(ORDERS)));
        t.dispatchAndDrain(new Start(new CancelFlow("orders")));
        t.dispatchAndDrain(new Response("user", 7));

        assertEquals(1, requests.size());
        assertEquals(List.of("user=7"), t.state().entries());
    }

    @Test
    void cancelBeforeQueuedStepRunsSkipsItsEffect() {
        // Start and cancel in one event: the first step's RunStep is queued, then the
        // sequence ends before it is handled, so its effect must not run.
        t.frame().onFx(StartAll.class, (cofx, e) -> Effects.none().withEffects(e.effects()));

        t.dispatchAndDrain(new StartAll(List.of(new StartSequence(ORDERS), new CancelFlow("orders"))));

        assertEquals(List.of(), requests);
    }

    @Test
    void timeoutCancelsScopedStepWork() {
        Sequence slow = Sequence.named("slow")
                .step(previous -> new StartTimeout("slow-step", 10_000, new Response("late", 1), "slow"),
                        EventMatcher.of(Response.class), null)
                .onSuccess(last -> new Done(1))
                .timeout(1_000, new RequestFailed("slow"));

        t.dispatchAndDrain(new Start(new StartSequence(slow)));
        t.advance(20_000);

        assertEquals(List.of("slow failed"), t.state().entries());
        assertEquals(0, timers.runningTimers());
        assertEquals(0, flows.count());
    }

    @Test
    void emptySequenceRejected() {
        Sequence empty = Sequence.named("empty");
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new StartSequence(empty));
        assertTrue(error.getMessage().contains("empty"));
    }
}
