package io.teaframe.sub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.router.AfterRender;
import io.teaframe.router.RouterState;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions catch up once per run of the router, not after every event, and never
 * show a value older than the state to a reader.
 */
class SubscriptionBatchingTest {

    record Counter(int count) {
    }

    record Add(int amount) {
    }

    /** Records what its handler reads from the count subscription, before adding one. */
    record ReadThenAdd(List<Integer> seen) {
    }

    /** Handled after the next render. */
    record AddAfterRender(int amount) implements AfterRender {
    }

    record Count() implements Query<Integer> {
    }

    record Doubled() implements Query<Integer> {
    }

    private TestFrame<Counter> t;
    private Frame<Counter> frame;
    private final List<Integer> notified = new ArrayList<>();

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Counter(0));
        frame = t.frame();
        frame.on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));
        frame.on(AddAfterRender.class, (state, e) -> new Counter(state.count() + e.amount()));
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> count * 2);
    }

    @Test
    void listenerHearsOncePerRun() {
        frame.subscribe(new Count(), notified::add);

        t.dispatch(new Add(1)).dispatch(new Add(2)).dispatch(new Add(3));
        t.drain();

        assertEquals(List.of(6), notified);
    }

    @Test
    void extractorComputesOncePerRun() {
        int[] computations = {0};
        frame.registerExtractor(Count.class, (state, query) -> {
            computations[0]++;
            return state.count();
        });
        frame.subscribe(new Count());

        for (int i = 0; i < 100; i++) {
            t.dispatch(new Add(1));
        }
        t.drain();

        // One computation when subscribed, one for the run of 100 events.
        assertEquals(2, computations[0]);
        assertEquals(100, frame.read(new Count()));
    }

    @Test
    void eachRunNotifies() {
        frame.subscribe(new Count(), notified::add);

        t.dispatchAndDrain(new Add(1));
        t.dispatchAndDrain(new Add(2));

        assertEquals(List.of(1, 3), notified);
    }

    @Test
    void handlerReadsTheStateOfEarlierEvents() {
        Subscription<Integer> count = frame.subscribe(new Count());
        Subscription<Integer> doubled = frame.subscribe(new Doubled());
        List<Integer> seen = new ArrayList<>();
        frame.on(ReadThenAdd.class, (state, e) -> {
            e.seen().add(count.value());
            e.seen().add(doubled.value());
            e.seen().add(frame.read(new Doubled()));
            return new Counter(state.count() + 1);
        });

        t.dispatch(new Add(5)).dispatch(new ReadThenAdd(seen));
        t.drain();

        assertEquals(List.of(5, 10, 10), seen);
        assertEquals(6, count.value());
    }

    @Test
    void newSubscriptionDuringRunStartsFromTheState() {
        List<Integer> seen = new ArrayList<>();
        frame.subscribe(new Count());
        frame.on(ReadThenAdd.class, (state, e) -> {
            // Doubled has no node yet; its input Count has one that is behind.
            try (Subscription<Integer> doubled = frame.subscribe(new Doubled())) {
                e.seen().add(doubled.value());
            }
            return state;
        });

        t.dispatch(new Add(4)).dispatch(new ReadThenAdd(seen));
        t.drain();

        assertEquals(List.of(8), seen);
    }

    @Test
    void listenerDispatchIsHandledInTheSameDrain() {
        frame.subscribe(new Count(), count -> {
            notified.add(count);
            if (count < 3) {
                frame.dispatch(new Add(1));
            }
        });

        t.dispatchAndDrain(new Add(1));

        assertEquals(List.of(1, 2, 3), notified);
        assertEquals(RouterState.IDLE, frame.routerState());
        assertEquals(0, frame.queuedEvents());
    }

    @Test
    void catchUpBeforeRenderWait() {
        frame.subscribe(new Count(), notified::add);
        List<String> frames = new ArrayList<>();

        t.dispatch(new Add(1)).dispatch(new Add(1)).dispatch(new AddAfterRender(10));
        t.drain();

        assertEquals(List.of(2), notified);
        assertEquals(RouterState.PAUSED, frame.routerState());

        frame.platform().scheduler().animationFrame(() -> frames.add("rendered " + notified));
        t.advance(VirtualTime.FRAME_MILLIS);

        assertEquals(List.of("rendered [2]"), frames);
        assertEquals(List.of(2, 12), notified);
    }

    @Test
    void dispatchSyncUpdatesBeforeReturning() {
        frame.subscribe(new Count(), notified::add);

        frame.dispatchSync(new Add(7));

        assertEquals(List.of(7), notified);
    }

    @Test
    void sliceEndUpdatesBeforeYielding() {
        record Slow() {
        }
        frame.on(Slow.class, (state, e) -> {
            t.time().spend(3);
            return new Counter(state.count() + 1);
        });
        frame.subscribe(new Count(), notified::add);
        for (int i = 0; i < 6; i++) {
            t.dispatch(new Slow());
        }

        t.drain();

        // A slice of 8 ms ends after the third event of 3 ms.
        assertEquals(List.of(3, 6), notified);
    }

    @Test
    void postEventCallbackMakesUpdatesPerEvent() {
        frame.subscribe(new Count(), notified::add);
        frame.addPostEventCallback("tool", (event, state) -> { });

        t.dispatch(new Add(1)).dispatch(new Add(2));
        t.drain();

        assertEquals(List.of(1, 3), notified);
    }

    @Test
    void listenerErrorNamesLastEvent() {
        frame.subscribe(new Count(), count -> {
            throw new IllegalStateException("listener broke at " + count);
        });

        t.dispatch(new Add(1)).dispatch(new Add(2));
        t.drain();

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.SUBSCRIPTION, error.phase());
        assertEquals(new Add(2), error.event());
        assertEquals("listener broke at 3", error.cause().getMessage());
    }

    @Test
    void dispatchSyncInsideListenerFails() {
        frame.subscribe(new Count(), count -> {
            if (count == 1) {
                frame.dispatchSync(new Add(100));
            }
        });

        t.dispatchAndDrain(new Add(1));

        assertEquals(1, t.state().count());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.SUBSCRIPTION, error.phase());
        assertEquals(IllegalStateException.class, error.cause().getClass());
        assertEquals("dispatchSync(Add[amount=100]) was called by a subscription listener; listeners must use"
                + " dispatch", error.cause().getMessage());

        // The router is not stuck.
        t.dispatchAndDrain(new Add(1));
        assertEquals(2, t.state().count());
    }

    @Test
    void closedSubscriptionStillRejectsReads() {
        Subscription<Integer> count = frame.subscribe(new Count());
        count.close();
        t.dispatch(new Add(1));

        assertThrows(IllegalStateException.class, count::value);
    }
}
