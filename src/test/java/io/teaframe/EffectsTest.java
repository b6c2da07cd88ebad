package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.CancelDispatchLater;
import io.teaframe.effect.Deregister;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.DispatchLater;
import io.teaframe.effect.DispatchMany;
import io.teaframe.effect.Effects;
import io.teaframe.effect.UnknownEffectException;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {

    record Items(List<String> items) {
        Items with(String item) {
            List<String> copy = new ArrayList<>(items);
            copy.add(item);
            return new Items(copy);
        }
    }

    record Append(String item) {
    }

    record Run(Effects effects) {
    }

    record Record(String label) {
    }

    record Explode() {
    }

    record Unknown() {
    }

    private final List<String> recorded = new ArrayList<>();

    private TestFrame<Items> frame() {
        TestFrame<Items> t = TestFrame.create(new Items(List.of()));
        t.frame().on(Append.class, (state, e) -> state.with(e.item()));
        t.frame().onFx(Run.class, (cofx, e) -> e.effects());
        t.frame().registerEffect(Record.class, (effect, context) ->
                recorded.add(effect.label() + " sees " + ((Items) context.state()).items()));
        t.frame().registerEffect(Explode.class, (effect, context) -> {
            throw new IllegalStateException("boom");
        });
        return t;
    }

    @Test
    void stateCommittedBeforeEffects() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.state(new Items(List.of("new"))).and(new Record("first"))));

        assertEquals(List.of("first sees [new]"), recorded);
    }

    @Test
    void effectsRunInListOrder() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(new Record("1"), new Record("2"), new Record("3"))));

        assertEquals(List.of("1 sees []", "2 sees []", "3 sees []"), recorded);
    }

    @Test
    void dispatchManyKeepsOrder() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(DispatchMany.of(new Append("a"), new Append("b")),
                new Dispatch(new Append("c")))));

        assertEquals(List.of("a", "b", "c"), t.state().items());
    }

    @Test
    void unknownEffectReportedOthersRun() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.state(new Items(List.of("kept")))
                .and(new Record("before"), new Unknown(), new Record("after"))));

        assertEquals(List.of("before sees [kept]", "after sees [kept]"), recorded);
        assertEquals(List.of("kept"), t.state().items());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.UNKNOWN_EFFECT, error.phase());
        assertTrue(error.cause() instanceof UnknownEffectException);
        assertTrue(error.cause().getMessage().contains(Unknown.class.getName()), error.cause().getMessage());
        assertEquals(new Unknown(), error.source());
    }

    @Test
    void throwingEffectRestoresStateAndSkipsRest() {
        TestFrame<Items> t = frame();
        Items before = t.state();

        t.dispatchAndDrain(new Run(Effects.state(new Items(List.of("discarded")))
                .and(new Record("ran"), new Explode(), new Record("skipped"))));

        assertSame(before, t.state());
        assertEquals(List.of("ran sees [discarded]"), recorded);
        assertEquals(1, t.errors().size());
        assertEquals(Phase.EFFECT, t.errors().get(0).phase());
        assertEquals(new Explode(), t.errors().get(0).source());
        assertEquals("boom", t.errors().get(0).cause().getMessage());
    }

    @Test
    void queueContinuesAfterEffectFailure() {
        TestFrame<Items> t = frame();

        t.dispatch(new Run(Effects.of(new Explode()))).dispatch(new Append("next")).drain();

        assertEquals(List.of("next"), t.state().items());
    }

    @Test
    void dispatchLaterWaitsForDelay() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(new DispatchLater(100, new Append("late")))));
        t.advance(99);

        assertEquals(List.of(), t.state().items());
        assertEquals(1, t.frame().pendingDelayedDispatches());

        t.advance(1);
        assertEquals(List.of("late"), t.state().items());
        assertEquals(0, t.frame().pendingDelayedDispatches());
    }

    @Test
    void dispatchLaterCancelledById() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(new DispatchLater("save", 100, new Append("saved")))));
        t.advance(50);
        t.dispatchAndDrain(new Run(Effects.of(new CancelDispatchLater("save"))));
        t.advance(1_000);

        assertEquals(List.of(), t.state().items());
        assertEquals(0, t.frame().pendingDelayedDispatches());
        assertEquals(0, t.time().pending());
    }

    @Test
    void dispatchLaterSameIdReplaces() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(new DispatchLater("save", 100, new Append("first")))));
        t.advance(50);
        t.dispatchAndDrain(new Run(Effects.of(new DispatchLater("save", 100, new Append("second")))));
        t.advance(60);

        assertEquals(List.of(), t.state().items());

        t.advance(40);
        assertEquals(List.of("second"), t.state().items());
        assertEquals(0, t.frame().pendingDelayedDispatches());
    }

    @Test
    void cancelUnknownIdDoesNothing() {
        TestFrame<Items> t = frame();

        t.dispatchAndDrain(new Run(Effects.of(new CancelDispatchLater("never"))));

        t.assertNoErrors();
    }

    @Test
    void dispatchLaterRejectsInfiniteDelay() {
        assertThrows(IllegalArgumentException.class,
                () -> new DispatchLater(Double.POSITIVE_INFINITY, new Append("x")));
    }

    @Test
    void deregisterEffectRemovesHandler() {
        TestFrame<Items> t = frame();

        t.dispatch(new Run(Effects.of(new Deregister(Append.class)))).dispatch(new Append("lost")).drain();

        assertFalse(t.frame().hasHandler(Append.class));
        assertEquals(List.of(), t.state().items());
        assertEquals(Phase.NO_HANDLER, t.errors().get(0).phase());
    }

    @Test
    void effectsRejectNullEffect() {
        assertThrows(NullPointerException.class, () -> Effects.of((Object) null));
    }

    @Test
    void effectsDistinguishNullState() {
        Effects nullState = Effects.state(null);

        assertTrue(nullState.hasState());
        assertEquals(null, nullState.state());
        assertFalse(Effects.none().hasState());
        assertThrows(IllegalStateException.class, () -> Effects.none().state());
    }
}
