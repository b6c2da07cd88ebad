package io.teaframe.sub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When nodes recompute and when their listeners are called. */
class SubscriptionRecomputeTest {

    record Store(int count, String name) {
    }

    record SetCount(int count) {
    }

    record Rename(String name) {
    }

    /** Handled by returning the same state object. */
    record Touch() {
    }

    record Count() implements Query<Integer> {
    }

    record Name() implements Query<String> {
    }

    record Label(String text) {
    }

    record CountLabel() implements Query<Label> {
    }

    record Doubled() implements Query<Integer> {
    }

    record Parity() implements Query<Boolean> {
    }

    record ParityText() implements Query<String> {
    }

    record Tens() implements Query<Integer> {
    }

    record Pair(int count, int tens) {
    }

    record CountAndTens() implements Query<Pair> {
    }

    record Plus() implements Query<Integer> {
    }

    record Times() implements Query<Integer> {
    }

    record Diamond() implements Query<Integer> {
    }

    record CountWithName() implements Query<String> {
    }

    record AllValues() implements Query<List<Object>> {
    }

    private TestFrame<Store> t;
    private Frame<Store> frame;

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Store(1, "ann"));
        frame = t.frame();
        frame.on(SetCount.class, (state, e) -> new Store(e.count(), state.name()));
        frame.on(Rename.class, (state, e) -> new Store(state.count(), e.name()));
        frame.on(Touch.class, (state, e) -> state);
    }

    @Test
    void extractorSkipsSameStateReference() {
        int[] computations = {0};
        frame.registerExtractor(Count.class, (state, query) -> {
            computations[0]++;
            return state.count();
        });
        frame.subscribe(new Count());

        t.dispatchAndDrain(new Touch());

        assertEquals(1, computations[0]);
    }

    @Test
    void extractorRecomputesOnNewState() {
        int[] computations = {0};
        frame.registerExtractor(Count.class, (state, query) -> {
            computations[0]++;
            return state.count();
        });
        Subscription<Integer> count = frame.subscribe(new Count());

        t.dispatchAndDrain(new Rename("bob"));

        assertEquals(2, computations[0]);
        assertEquals(1, count.value());
    }

    @Test
    void derivedSkipsEqualInputValue() {
        int[] derivations = {0};
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> {
            derivations[0]++;
            return count * 2;
        });
        frame.subscribe(new Doubled());

        // A new state object whose count is equal: the extractor runs, the derived node does not.
        t.dispatchAndDrain(new Rename("bob"));

        assertEquals(1, derivations[0]);
    }

    @Test
    void derivedRecomputesOnChangedInput() {
        int[] derivations = {0};
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Doubled.class, query -> new Count(), (Integer count, Doubled query) -> {
            derivations[0]++;
            return count * 2;
        });
        Subscription<Integer> doubled = frame.subscribe(new Doubled());

        t.dispatchAndDrain(new SetCount(5));

        assertEquals(2, derivations[0]);
        assertEquals(10, doubled.value());
    }

    @Test
    void derivedSkipsWhenInputValueUnchanged() {
        int[] derivations = {0};
        frame.registerExtractor(Parity.class, (state, query) -> state.count() % 2 == 0);
        frame.registerDerived(ParityText.class, query -> new Parity(), (Boolean even, ParityText query) -> {
            derivations[0]++;
            return even ? "even" : "odd";
        });
        frame.subscribe(new ParityText());

        // 1 -> 3: the count changed but its parity did not.
        t.dispatchAndDrain(new SetCount(3));

        assertEquals(1, derivations[0]);
    }

    @Test
    void listenerCalledOnChangedValue() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        List<Integer> seen = new ArrayList<>();
        frame.subscribe(new Count(), seen::add);

        t.dispatchAndDrain(new SetCount(2));
        t.dispatchAndDrain(new SetCount(7));

        assertEquals(List.of(2, 7), seen);
    }

    @Test
    void listenerSkipsEqualValue() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        List<Integer> seen = new ArrayList<>();
        frame.subscribe(new Count(), seen::add);

        t.dispatchAndDrain(new Rename("bob"));
        t.dispatchAndDrain(new SetCount(1));

        assertEquals(List.of(), seen);
    }

    @Test
    void listenerNotCalledWithInitialValue() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        List<Integer> seen = new ArrayList<>();

        frame.subscribe(new Count(), seen::add);
        t.drain();

        assertEquals(List.of(), seen);
    }

    @Test
    void equalValueKeepsOldReference() {
        frame.registerExtractor(CountLabel.class, (state, query) -> new Label("count " + state.count()));
        Subscription<Label> label = frame.subscribe(new CountLabel());
        Label first = label.value();

        t.dispatchAndDrain(new Rename("bob"));

        assertSame(first, label.value());
    }

    @Test
    void changedValueReplacesReference() {
        frame.registerExtractor(CountLabel.class, (state, query) -> new Label("count " + state.count()));
        Subscription<Label> label = frame.subscribe(new CountLabel());

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(new Label("count 2"), label.value());
    }

    @Test
    void twoInputsNeverSeeMixedValues() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerExtractor(Tens.class, (state, query) -> state.count() * 10);
        List<Pair> seen = new ArrayList<>();
        frame.registerDerived(CountAndTens.class, query -> new Count(), query -> new Tens(),
                (Integer count, Integer tens, CountAndTens query) -> {
                    Pair pair = new Pair(count, tens);
                    seen.add(pair);
                    return pair;
                });
        frame.subscribe(new CountAndTens());

        for (int count = 2; count <= 5; count++) {
            t.dispatchAndDrain(new SetCount(count));
        }

        assertEquals(5, seen.size());
        for (Pair pair : seen) {
            assertEquals(pair.count() * 10, pair.tens(), "mixed inputs in " + pair);
        }
    }

    @Test
    void diamondComputesOncePerEvent() {
        int[] derivations = {0};
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Plus.class, query -> new Count(), (Integer count, Plus query) -> count + 1);
        frame.registerDerived(Times.class, query -> new Count(), (Integer count, Times query) -> count * 2);
        frame.registerDerived(Diamond.class, query -> new Plus(), query -> new Times(),
                (Integer plus, Integer times, Diamond query) -> {
                    derivations[0]++;
                    return plus + times;
                });
        Subscription<Integer> diamond = frame.subscribe(new Diamond());

        t.dispatchAndDrain(new SetCount(2));
        t.dispatchAndDrain(new SetCount(3));
        t.dispatchAndDrain(new SetCount(4));

        assertEquals(4, derivations[0]);
        assertEquals(4 + 1 + 4 * 2, diamond.value());
    }

    @Test
    void diamondListenerSeesFinalValues() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerDerived(Plus.class, query -> new Count(), (Integer count, Plus query) -> count + 1);
        frame.registerDerived(Times.class, query -> new Count(), (Integer count, Times query) -> count * 2);
        frame.registerDerived(Diamond.class, query -> new Plus(), query -> new Times(),
                (Integer plus, Integer times, Diamond query) -> plus + times);
        List<Integer> seen = new ArrayList<>();
        frame.subscribe(new Diamond(), seen::add);

        t.dispatchAndDrain(new SetCount(2));

        assertEquals(List.of(2 + 1 + 2 * 2), seen);
    }

    @Test
    void derivedWithTwoInputs() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerExtractor(Name.class, (state, query) -> state.name());
        frame.registerDerived(CountWithName.class, query -> new Name(), query -> new Count(),
                (String name, Integer count, CountWithName query) -> name + ":" + count);
        Subscription<String> text = frame.subscribe(new CountWithName());

        assertEquals("ann:1", text.value());

        t.dispatchAndDrain(new Rename("bob"));
        assertEquals("bob:1", text.value());

        t.dispatchAndDrain(new SetCount(4));
        assertEquals("bob:4", text.value());
    }

    @Test
    void derivedManyPassesInputsInOrder() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerExtractor(Name.class, (state, query) -> state.name());
        frame.registerDerivedMany(AllValues.class, query -> List.of(new Name(), new Count(), new Name()),
                (inputs, query) -> List.copyOf(inputs));
        Subscription<List<Object>> all = frame.subscribe(new AllValues());

        assertEquals(List.of("ann", 1, "ann"), all.value());

        t.dispatchAndDrain(new SetCount(9));
        assertEquals(List.of("ann", 9, "ann"), all.value());
    }

    @Test
    void derivedManyAcceptsNullInput() {
        // A subscription's value may be null, for example "no item selected".
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.registerExtractor(Name.class, (state, query) -> state.name());
        frame.registerDerivedMany(AllValues.class, query -> List.of(new Name(), new Count()),
                (inputs, query) -> Arrays.asList(inputs.toArray()));

        Subscription<List<Object>> all = frame.subscribe(new AllValues());

        t.dispatchAndDrain(new Rename(null));

        assertEquals(Arrays.asList(null, 1), all.value());
        assertTrue(t.errors().isEmpty(), () -> "unexpected errors: " + t.errors());
    }
}
