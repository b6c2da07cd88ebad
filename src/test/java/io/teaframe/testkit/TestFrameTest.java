package io.teaframe.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.NoHandlerException;
import io.teaframe.Phase;
import io.teaframe.port.LogLevel;
import org.junit.jupiter.api.Test;

/** TestFrame: queued events, drain, and error assertions. */
class TestFrameTest {

    record Counter(int count) {
    }

    record Increment() {
    }

    record Missing(String name) {
    }

    @Test
    void dispatchQueuesUntilDrain() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Increment.class, (state, e) -> new Counter(state.count() + 1));

        t.dispatch(new Increment());
        assertEquals(0, t.state().count());

        t.drain();
        assertEquals(1, t.state().count());
    }

    @Test
    void assertNoErrorsPassesWhenClean() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Increment.class, (state, e) -> new Counter(state.count() + 1));

        t.dispatchAndDrain(new Increment());

        assertDoesNotThrow(t::assertNoErrors);
    }

    @Test
    void assertNoErrorsListsEveryError() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));

        t.dispatch(new Missing("first")).dispatch(new Missing("second")).drain();

        AssertionError thrown = assertThrows(AssertionError.class, t::assertNoErrors);
        String message = thrown.getMessage();
        assertTrue(message.startsWith("2 frame error(s):"), message);
        assertTrue(message.contains("Missing[name=first]"), message);
        assertTrue(message.contains("Missing[name=second]"), message);
        assertTrue(message.contains("NO_HANDLER"), message);
        assertInstanceOf(NoHandlerException.class, thrown.getCause());
    }

    @Test
    void errorsAreCollectedAndLogged() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));

        t.dispatchAndDrain(new Missing("x"));

        assertEquals(1, t.errors().size());
        assertEquals(Phase.NO_HANDLER, t.errors().get(0).phase());
        assertEquals(1, t.logger().messages(LogLevel.ERROR).size());
    }

    @Test
    void advanceRunsDelayedDispatch() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Increment.class, (state, e) -> new Counter(state.count() + 1));
        t.time().timeout(500, () -> t.frame().dispatch(new Increment()));

        t.advance(499);
        assertEquals(0, t.state().count());

        t.advance(1);
        assertEquals(1, t.state().count());
    }
}
