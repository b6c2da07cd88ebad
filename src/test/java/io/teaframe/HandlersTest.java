package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.port.LogLevel;
import io.teaframe.testkit.TestFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlersTest {

    record Counter(int count) {
    }

    record Add(int amount) {
    }

    record AddTwice(int amount) {
    }

    record Reset() {
    }

    record Noop() {
    }

    @Test
    void stateHandlerSetsState() {
        TestFrame<Counter> t = TestFrame.create(new Counter(1));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));

        t.dispatchAndDrain(new Add(2));

        assertEquals(new Counter(3), t.state());
        t.assertNoErrors();
    }

    @Test
    void sameStateMeansNoChange() {
        Counter initial = new Counter(1);
        TestFrame<Counter> t = TestFrame.create(initial);
        t.frame().on(Noop.class, (state, e) -> state);

        t.dispatchAndDrain(new Noop());

        assertSame(initial, t.state());
    }

    @Test
    void effectsHandlerReturnsStateAndEffects() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));
        t.frame().onFx(AddTwice.class, (cofx, e) -> Effects.state(new Counter(cofx.<Counter>state().count() + e.amount()))
                .and(new Dispatch(new Add(e.amount()))));

        t.dispatchAndDrain(new AddTwice(5));

        assertEquals(new Counter(10), t.state());
    }

    @Test
    void effectsHandlerNullMeansNone() {
        Counter initial = new Counter(4);
        TestFrame<Counter> t = TestFrame.create(initial);
        t.frame().onFx(Noop.class, (cofx, e) -> null);

        t.dispatchAndDrain(new Noop());

        assertSame(initial, t.state());
        t.assertNoErrors();
    }

    @Test
    void contextHandlerSeesWholeContext() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().onContext(Reset.class, context -> {
            assertTrue(context.queue().isEmpty());
            assertEquals(1, context.stack().size());
            return context.withNewState(new Counter(-1));
        });

        t.dispatchAndDrain(new Reset());

        assertEquals(new Counter(-1), t.state());
        t.assertNoErrors();
    }

    @Test
    void registeringAgainReplacesAndWarns() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() * 10 + e.amount()));

        t.dispatch(new Add(1)).dispatch(new Add(2)).drain();

        assertEquals(new Counter(12), t.state());
        List<String> warnings = t.logger().messages(LogLevel.WARN);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(Add.class.getName()), warnings.get(0));
    }

    @Test
    void deregisterRemovesHandler() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));

        t.frame().deregister(Add.class);
        t.dispatchAndDrain(new Add(1));

        assertFalse(t.frame().hasHandler(Add.class));
        assertEquals(new Counter(0), t.state());
        assertEquals(Phase.NO_HANDLER, t.errors().get(0).phase());
    }

    @Test
    void defaultFrameIsSetAndRead() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));

        Frame.setDefault(t.frame());

        assertSame(t.frame(), Frame.getDefault());
    }

    @Test
    void replacedHandlerUsedAfterDispatch() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));
        t.dispatchAndDrain(new Add(1));

        t.frame().on(Add.class, (state, e) -> new Counter(state.count() * 100));
        t.dispatchAndDrain(new Add(1));

        assertEquals(new Counter(100), t.state());
    }

    @Test
    void deregisterAfterDispatchTakesEffect() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Add.class, (state, e) -> new Counter(state.count() + e.amount()));
        t.dispatchAndDrain(new Add(1));

        t.frame().deregister(Add.class);
        t.dispatchAndDrain(new Add(1));

        assertEquals(new Counter(1), t.state());
        assertEquals(Phase.NO_HANDLER, t.errors().get(0).phase());
    }
}
