package io.teaframe.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.sub.Query;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fields of the TraceEntry that trace listeners receive. */
class TraceEntryTest {

    record Counter(int count, String label) {
    }

    record Increment() {
    }

    record Relabel(String label) {
    }

    record Fail() {
    }

    record Slow(double millis) {
    }

    /** An effect that does nothing. */
    record Ping(int number) {
    }

    record Count() implements Query<Integer> {
    }

    record Doubled() implements Query<Integer> {
    }

    private static final Counter START = new Counter(0, "a");

    private TestFrame<Counter> t;
    private Frame<Counter> frame;
    private final List<TraceEntry> entries = new ArrayList<>();

    @BeforeEach
    void setUp() {
        t = TestFrame.create(START);
        frame = t.frame();
        frame.registerEffect(Ping.class, (effect, context) -> { });
        frame.onFx(Increment.class, (coeffects, e) -> {
            Counter state = coeffects.state();
            return Effects.state(new Counter(state.count() + 1, state.label())).and(new Ping(1), new Ping(2));
        });
        frame.on(Relabel.class, (state, e) -> new Counter(state.count(), e.label()));
        frame.on(Fail.class, (state, e) -> {
            throw new IllegalStateException("handler broke");
        });
        frame.on(Slow.class, (state, e) -> {
            t.time().spend(e.millis());
            return state;
        });
        frame.addTraceListener("collect", entries::add);
    }

    private TraceEntry only() {
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Test
    void entryHoldsEventAndStates() {
        t.dispatchAndDrain(new Increment());

        TraceEntry entry = only();
        assertEquals(new Increment(), entry.event());
        assertSame(START, entry.stateBefore());
        assertEquals(new Counter(1, "a"), entry.stateAfter());
        assertNull(entry.error());
    }

    @Test
    void entryListsEffectsInOrder() {
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of(new Ping(1), new Ping(2)), only().effects());
    }

    @Test
    void unchangedStateIsSameObject() {
        t.dispatchAndDrain(new Slow(0));

        TraceEntry entry = only();
        assertSame(entry.stateBefore(), entry.stateAfter());
        assertEquals(List.of(), entry.effects());
    }

    @Test
    void entryListsRecomputedQueries() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> count * 2);
        frame.subscribe(new Doubled());

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of(new Count(), new Doubled()), only().recomputed());
    }

    @Test
    void equalInputSkipsDerivedInTrace() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> count * 2);
        frame.subscribe(new Doubled());

        t.dispatchAndDrain(new Relabel("b"));

        assertEquals(List.of(new Count()), only().recomputed());
    }

    @Test
    void failedEventCarriesError() {
        t.dispatchAndDrain(new Fail());

        TraceEntry entry = only();
        FrameError error = entry.error();
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals("handler broke", error.cause().getMessage());
        assertSame(START, entry.stateAfter());
        assertEquals(List.of(), entry.effects());
    }

    @Test
    void handlerMillisUsesVirtualTime() {
        t.advance(100);

        t.dispatchAndDrain(new Slow(5));

        TraceEntry entry = only();
        assertEquals(100, entry.startMillis());
        assertEquals(5, entry.handlerMillis());
    }

    @Test
    void totalMillisIncludesListeners() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.subscribe(new Count(), value -> t.time().spend(2));

        t.dispatchAndDrain(new Increment());

        TraceEntry entry = only();
        assertEquals(0, entry.handlerMillis());
        assertEquals(2, entry.totalMillis());
    }

    @Test
    void removedListenerStops() {
        t.dispatchAndDrain(new Increment());

        frame.removeTraceListener("collect");
        t.dispatchAndDrain(new Increment());

        assertEquals(1, entries.size());
    }

    @Test
    void sameIdReplacesListener() {
        List<TraceEntry> replacement = new ArrayList<>();
        frame.addTraceListener("collect", replacement::add);

        t.dispatchAndDrain(new Increment());

        assertEquals(0, entries.size());
        assertEquals(1, replacement.size());
    }

    @Test
    void throwingListenerReportsCallbackPhase() {
        frame.addTraceListener("broken", entry -> {
            throw new IllegalStateException("listener broke");
        });
        List<TraceEntry> later = new ArrayList<>();
        frame.addTraceListener("later", later::add);

        t.dispatchAndDrain(new Increment());

        assertEquals(1, t.errors().size());
        assertEquals(Phase.CALLBACK, t.errors().get(0).phase());
        assertEquals("trace listener broken", t.errors().get(0).source());
        assertEquals(new Counter(1, "a"), t.state());
        assertEquals(1, later.size());
    }
}
