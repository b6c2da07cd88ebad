package io.teaframe.sub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Node sharing, reference counting, one-off reads and listeners that change the graph. */
class SubscriptionLifecycleTest {

    record Store(int count, List<String> items) {
    }

    record SetCount(int count) {
    }

    record Count() implements Query<Integer> {
    }

    record Doubled() implements Query<Integer> {
    }

    record Item(int index) implements Query<String> {
    }

    record Scaled(int factor) implements Query<Integer> {
    }

    record Unknown(int id) implements Query<Integer> {
    }

    record OverUnknown() implements Query<Integer> {
    }

    record Items() implements Query<List<String>> {
    }

    private TestFrame<Store> t;
    private Frame<Store> frame;
    private int countComputations;

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Store(1, List.of("a", "b", "c")));
        frame = t.frame();
        frame.on(SetCount.class, (state, e) -> new Store(e.count(), state.items()));
        frame.registerExtractor(Count.class, (state, query) -> {
            countComputations++;
            return state.count();
        });
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> count * 2);
        frame.registerExtractor(Item.class, (state, query) -> state.items().get(query.index()));
        frame.registerDerived(Scaled.class, query -> new Count(),
                (Integer count, Scaled query) -> count * query.factor());
        frame.registerExtractor(Items.class, (state, query) -> new ArrayList<>(state.items()));
        frame.registerDerived(OverUnknown.class, query -> new Unknown(1), (Integer value, OverUnknown query) -> value);
    }

    private int nodeCount() {
        return frame.subscriptions().nodeCount();
    }

    @Test
    void equalQueriesShareOneNode() {
        Subscription<String> first = frame.subscribe(new Item(1));
        Subscription<String> second = frame.subscribe(new Item(1));

        assertEquals(1, nodeCount());
        assertEquals("b", first.value());
        assertEquals("b", second.value());
    }

    @Test
    void differentParametersGetOwnNodes() {
        Subscription<String> first = frame.subscribe(new Item(0));
        Subscription<String> second = frame.subscribe(new Item(2));

        assertEquals(2, nodeCount());
        assertEquals("a", first.value());
        assertEquals("c", second.value());
    }

    @Test
    void parameterizedDerivedShareTheirInput() {
        frame.subscribe(new Scaled(2));
        frame.subscribe(new Scaled(3));

        // One Count node feeds both Scaled nodes.
        assertEquals(3, nodeCount());
    }

    @Test
    void closingLastDisposesNodeAndInputs() {
        Subscription<Integer> doubled = frame.subscribe(new Doubled());
        assertEquals(2, nodeCount());

        doubled.close();

        assertEquals(0, nodeCount());
    }

    @Test
    void sharedInputSurvivesOtherHolder() {
        Subscription<Integer> count = frame.subscribe(new Count());
        Subscription<Integer> doubled = frame.subscribe(new Doubled());

        doubled.close();

        assertFalse(frame.subscriptions().isAlive(new Doubled()));
        assertTrue(frame.subscriptions().isAlive(new Count()));
        assertEquals(1, count.value());
    }

    @Test
    void sharedInputSurvivesOtherDerived() {
        Subscription<Integer> twice = frame.subscribe(new Scaled(2));
        Subscription<Integer> thrice = frame.subscribe(new Scaled(3));

        twice.close();
        t.dispatchAndDrain(new SetCount(5));

        assertTrue(frame.subscriptions().isAlive(new Count()));
        assertEquals(15, thrice.value());
    }

    @Test
    void closingSharedNodeKeepsItForOthers() {
        Subscription<Integer> first = frame.subscribe(new Count());
        Subscription<Integer> second = frame.subscribe(new Count());

        first.close();

        assertEquals(1, nodeCount());
        assertEquals(1, second.value());
    }

    @Test
    void closeIsIdempotent() {
        Subscription<Integer> first = frame.subscribe(new Count());
        Subscription<Integer> second = frame.subscribe(new Count());

        first.close();
        first.close();

        assertTrue(first.isClosed());
        assertTrue(frame.subscriptions().isAlive(new Count()));
        assertEquals(1, second.value());
    }

    @Test
    void valueAfterCloseThrows() {
        Subscription<Integer> count = frame.subscribe(new Count());

        count.close();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, count::value);
        assertTrue(thrown.getMessage().contains("closed"), thrown.getMessage());
    }

    @Test
    void closedListenerNotCalledAgain() {
        List<Integer> seen = new ArrayList<>();
        Subscription<Integer> count = frame.subscribe(new Count(), seen::add);

        count.close();
        t.dispatchAndDrain(new SetCount(2));

        assertEquals(List.of(), seen);
    }

    @Test
    void readLeavesNoNode() {
        assertEquals(2, frame.read(new Doubled()));
        assertEquals(0, nodeCount());
    }

    @Test
    void readSeesCurrentState() {
        t.dispatchAndDrain(new SetCount(4));

        assertEquals(8, frame.read(new Doubled()));
    }

    @Test
    void readUsesLiveNodeValue() {
        Subscription<List<String>> items = frame.subscribe(new Items());
        Subscription<Integer> count = frame.subscribe(new Count());
        int computationsBefore = countComputations;

        // A fresh computation would return a new, equal list and bump the counter.
        assertSame(items.value(), frame.read(new Items()));
        assertEquals(count.value(), frame.read(new Count()));
        assertEquals(computationsBefore, countComputations);
    }

    @Test
    void readOfDerivedUsesLiveInput() {
        frame.subscribe(new Count());
        int computationsBefore = countComputations;

        assertEquals(2, frame.read(new Doubled()));
        assertEquals(computationsBefore, countComputations);
        assertEquals(1, nodeCount());
    }

    static Stream<Arguments> unknownQueryCalls() {
        return Stream.of(
                Arguments.of("subscribe", (Function<Frame<Store>, Object>) f -> f.subscribe(new Unknown(7))),
                Arguments.of("subscribe with listener",
                        (Function<Frame<Store>, Object>) f -> f.subscribe(new Unknown(7), value -> { })),
                Arguments.of("read", (Function<Frame<Store>, Object>) f -> f.read(new Unknown(7))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownQueryCalls")
    void unknownQueryThrowsWithClassName(String call, Function<Frame<Store>, Object> action) {
        NoSubscriptionException thrown = assertThrows(NoSubscriptionException.class, () -> action.apply(frame));

        assertTrue(thrown.getMessage().contains(Unknown.class.getName()), thrown.getMessage());
        assertEquals(0, nodeCount());
    }

    @Test
    void unknownInputLeavesNoNode() {
        frame.subscribe(new Count());

        NoSubscriptionException thrown = assertThrows(NoSubscriptionException.class,
                () -> frame.subscribe(new OverUnknown()));

        assertTrue(thrown.getMessage().contains(Unknown.class.getName()), thrown.getMessage());
        assertEquals(1, nodeCount());
    }

    @Test
    void listenerClosingItselfKeepsPropagating() {
        List<String> calls = new ArrayList<>();
        List<Subscription<Integer>> own = new ArrayList<>();
        own.add(frame.subscribe(new Count(), value -> {
            calls.add("closing " + value);
            own.get(0).close();
        }));
        frame.subscribe(new Count(), value -> calls.add("same node " + value));
        frame.subscribe(new Doubled(), value -> calls.add("other node " + value));

        t.dispatchAndDrain(new SetCount(2));
        t.dispatchAndDrain(new SetCount(3));

        assertEquals(List.of("closing 2", "same node 2", "other node 4", "same node 3", "other node 6"), calls);
        t.assertNoErrors();
    }

    @Test
    void listenerClosingOtherSkipsIt() {
        List<String> calls = new ArrayList<>();
        List<Subscription<Integer>> victims = new ArrayList<>();
        frame.subscribe(new Count(), value -> {
            calls.add("closer " + value);
            victims.get(0).close();
        });
        victims.add(frame.subscribe(new Doubled(), value -> calls.add("victim " + value)));

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(List.of("closer 2"), calls);
        assertFalse(frame.subscriptions().isAlive(new Doubled()));
        t.assertNoErrors();
    }

    @Test
    void listenerOpeningSubscriptionKeepsPropagating() {
        List<String> calls = new ArrayList<>();
        List<Subscription<Integer>> opened = new ArrayList<>();
        frame.subscribe(new Count(), value -> {
            calls.add("opener " + value);
            if (opened.isEmpty()) {
                opened.add(frame.subscribe(new Scaled(10), scaled -> calls.add("opened " + scaled)));
            }
        });
        frame.subscribe(new Count(), value -> calls.add("second " + value));

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(List.of("opener 2", "second 2"), calls);
        assertEquals(20, opened.get(0).value());

        t.dispatchAndDrain(new SetCount(3));

        assertEquals(List.of("opener 2", "second 2", "opener 3", "second 3", "opened 30"), calls);
        t.assertNoErrors();
    }
}
