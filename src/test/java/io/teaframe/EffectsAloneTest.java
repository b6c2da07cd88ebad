package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frame calls an effects handler without interceptors directly while no global
 * interceptor is registered. Each case runs both ways, directly and with a global
 * interceptor that sends the event through the chain runner, and must give the same
 * outcome.
 */
class EffectsAloneTest {

    record Count(int value) {
    }

    record Add(int amount, List<Object> effects) {
    }

    record Note(String text) {
    }

    record Fail(String message) {
    }

    private final List<String> log = new ArrayList<>();

    private TestFrame<Count> frame(boolean throughChain) {
        TestFrame<Count> t = TestFrame.create(new Count(0));
        Frame<Count> frame = t.frame();
        if (throughChain) {
            frame.addGlobalInterceptor(Interceptor.before("identity", context -> context));
        }
        frame.onFx(Add.class, (cofx, add) -> {
            Count count = cofx.state();
            log.add("handler sees " + count.value() + " at " + cofx.now() + ", event " + cofx.<Add>event().amount());
            return Effects.state(new Count(count.value() + add.amount())).and(add.effects().toArray());
        });
        frame.registerEffect(Note.class, (note, context) -> log.add(note.text() + " with state "
                + ((Count) context.state()).value()));
        frame.registerEffect(Fail.class, (fail, context) -> {
            throw new IllegalStateException(fail.message());
        });
        frame.on(String.class, (state, text) -> {
            log.add("event " + text);
            return state;
        });
        return t;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void stateIsCommittedBeforeEffectsRunInOrder(boolean throughChain) {
        TestFrame<Count> t = frame(throughChain);
        t.advance(5);

        t.dispatchAndDrain(new Add(2, List.of(new Note("first"), new Dispatch("later"), new Note("second"))));

        assertEquals(new Count(2), t.state());
        assertEquals(List.of("handler sees 0 at 5.0, event 2", "first with state 2", "second with state 2",
                "event later"), log);
        t.assertNoErrors();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void handlerThatThrowsChangesNothing(boolean throughChain) {
        TestFrame<Count> t = frame(throughChain);
        t.frame().onFx(Integer.class, (cofx, n) -> {
            throw new IllegalArgumentException("bad " + n);
        });

        t.dispatch(7).dispatch(new Add(1, List.of())).drain();

        assertEquals(new Count(1), t.state());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals("handler:java.lang.Integer", error.interceptorId());
        assertEquals("bad 7", error.cause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void failingEffectRestoresTheStateAndSkipsTheRest(boolean throughChain) {
        TestFrame<Count> t = frame(throughChain);

        t.dispatchAndDrain(new Add(3, List.of(new Note("first"), new Fail("broken"), new Note("never"))));

        assertEquals(new Count(0), t.state());
        assertEquals(List.of("handler sees 0 at 0.0, event 3", "first with state 3"), log);
        FrameError error = t.errors().get(0);
        assertEquals(Phase.EFFECT, error.phase());
        assertEquals(new Fail("broken"), error.source());
        assertNull(error.interceptorId());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void nullOrNoEffectsLeaveTheState(boolean throughChain) {
        TestFrame<Count> t = frame(throughChain);
        t.frame().onFx(Integer.class, (cofx, n) -> n == 0 ? null : Effects.none());

        t.dispatch(0).dispatch(1).drain();

        assertEquals(new Count(0), t.state());
        t.assertNoErrors();
    }

    @Test
    void directCallKeepsTheSameStateObject() {
        TestFrame<Count> t = frame(false);
        Count before = t.state();
        t.frame().onFx(Integer.class, (cofx, n) -> Effects.of(new Note("only effects")));

        t.dispatchAndDrain(1);

        assertEquals(List.of("only effects with state 0"), log);
        // Effects without a state leave the state object as it was.
        assertSame(before, t.state());
    }
}
