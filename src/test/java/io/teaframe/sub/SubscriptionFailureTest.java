package io.teaframe.sub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Extractors, derivations and listeners that throw while an event propagates. */
class SubscriptionFailureTest {

    record Store(int count, boolean broken) {
    }

    record SetCount(int count) {
    }

    record Break(int count) {
    }

    record Fragile() implements Query<Integer> {
    }

    record OverFragile() implements Query<Integer> {
    }

    record Plain() implements Query<Integer> {
    }

    private TestFrame<Store> t;
    private Frame<Store> frame;
    private int overFragileComputations;

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Store(1, false));
        frame = t.frame();
        frame.on(SetCount.class, (state, e) -> new Store(e.count(), state.broken()));
        frame.on(Break.class, (state, e) -> new Store(e.count(), true));
        frame.registerExtractor(Fragile.class, (state, query) -> {
            if (state.broken()) {
                throw new IllegalStateException("fragile extractor broke");
            }
            return state.count();
        });
        frame.registerDerived(OverFragile.class, query -> new Fragile(), (Integer value, OverFragile query) -> {
            overFragileComputations++;
            return value + 100;
        });
        frame.registerExtractor(Plain.class, (state, query) -> state.count() * 10);
    }

    @Test
    void throwingExtractorReportsSubscriptionPhase() {
        frame.subscribe(new Fragile());

        t.dispatchAndDrain(new Break(5));

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.SUBSCRIPTION, error.phase());
        assertEquals(new Break(5), error.event());
        assertEquals(new Fragile(), error.source());
        assertNull(error.interceptorId());
        assertEquals("fragile extractor broke", error.cause().getMessage());
    }

    @Test
    void throwingExtractorKeepsOldValue() {
        Subscription<Integer> fragile = frame.subscribe(new Fragile());

        t.dispatchAndDrain(new Break(5));

        assertEquals(1, fragile.value());
    }

    @Test
    void throwingExtractorSparesOtherNodes() {
        frame.subscribe(new Fragile());
        Subscription<Integer> plain = frame.subscribe(new Plain());
        List<Integer> seen = new ArrayList<>();
        frame.subscribe(new Plain(), seen::add);

        t.dispatchAndDrain(new Break(5));

        assertEquals(50, plain.value());
        assertEquals(List.of(50), seen);
    }

    @Test
    void throwingExtractorSkipsDependents() {
        Subscription<Integer> over = frame.subscribe(new OverFragile());

        t.dispatchAndDrain(new Break(5));

        assertEquals(1, overFragileComputations);
        assertEquals(101, over.value());
    }

    @Test
    void throwingListenerIsReported() {
        frame.subscribe(new Plain(), value -> {
            throw new IllegalArgumentException("listener broke");
        });

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.SUBSCRIPTION, error.phase());
        assertEquals(new Plain(), error.source());
        assertEquals(new SetCount(2), error.event());
        assertEquals("listener broke", error.cause().getMessage());
    }

    @Test
    void throwingListenerSparesOtherListeners() {
        List<String> calls = new ArrayList<>();
        frame.subscribe(new Plain(), value -> calls.add("before " + value));
        frame.subscribe(new Plain(), value -> {
            throw new IllegalArgumentException("listener broke");
        });
        frame.subscribe(new Plain(), value -> calls.add("after " + value));

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(List.of("before 20", "after 20"), calls);
    }

    @Test
    void throwingListenerKeepsStateAndValue() {
        Subscription<Integer> plain = frame.subscribe(new Plain(), value -> {
            throw new IllegalArgumentException("listener broke");
        });

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(new Store(2, false), t.state());
        assertEquals(20, plain.value());
    }
}
