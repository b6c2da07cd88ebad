package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.port.LogLevel;
import io.teaframe.port.Platform;
import io.teaframe.testkit.RecordingLogger;
import io.teaframe.testkit.SeededRandom;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    record Count(int value) {
    }

    record Increment() {
    }

    record Fail(String message) {
    }

    record FailAfterDispatch() {
    }

    record Unregistered() {
    }

    private static TestFrame<Count> frame() {
        TestFrame<Count> t = TestFrame.create(new Count(0));
        t.frame().on(Increment.class, (state, e) -> new Count(state.value() + 1));
        t.frame().on(Fail.class, (state, e) -> {
            throw new IllegalArgumentException(e.message());
        });
        return t;
    }

    @Test
    void handlerErrorReportedQueueGoesOn() {
        TestFrame<Count> t = frame();

        t.dispatch(new Increment()).dispatch(new Fail("bad input")).dispatch(new Increment()).drain();

        assertEquals(new Count(2), t.state());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals(new Fail("bad input"), error.event());
        assertEquals("handler:" + Fail.class.getName(), error.interceptorId());
        assertEquals("bad input", error.cause().getMessage());
    }

    @Test
    void unregisteredEventReported() {
        TestFrame<Count> t = frame();

        t.dispatch(new Unregistered()).dispatch(new Increment()).drain();

        assertEquals(new Count(1), t.state());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.NO_HANDLER, error.phase());
        assertTrue(error.cause() instanceof NoHandlerException);
        assertTrue(error.cause().getMessage().contains(Unregistered.class.getName()), error.cause().getMessage());
        assertNull(error.interceptorId());
    }

    @Test
    void failedEventDropsItsEffects() {
        TestFrame<Count> t = frame();
        t.frame().onFx(FailAfterDispatch.class, List.of(Interceptor.after("breaks", context -> {
            throw new IllegalStateException("after failed");
        })), (cofx, e) -> Effects.state(new Count(100)).and(new Dispatch(new Increment())));

        t.dispatchAndDrain(new FailAfterDispatch());

        assertEquals(new Count(0), t.state());
        assertEquals(Phase.AFTER, t.errors().get(0).phase());
        assertEquals("breaks", t.errors().get(0).interceptorId());
    }

    @Test
    void defaultHandlerLogsError() {
        VirtualTime time = new VirtualTime();
        RecordingLogger logger = new RecordingLogger();
        Frame<Count> frame = Frame.create(new Count(0), new Platform(time, time, logger, new SeededRandom(1)));
        frame.on(Fail.class, (state, e) -> {
            throw new IllegalArgumentException(e.message());
        });

        frame.dispatch(new Fail("logged"));
        time.runDue();

        List<String> logged = logger.messages(LogLevel.ERROR);
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).contains("HANDLER"), logged.get(0));
        assertTrue(logged.get(0).contains("logged"), logged.get(0));
    }

    @Test
    void throwingErrorHandlerIsSurvived() {
        TestFrame<Count> t = frame();
        List<FrameError> seen = new ArrayList<>();
        t.frame().setErrorHandler(error -> {
            seen.add(error);
            throw new IllegalStateException("error handler bug");
        });

        t.dispatch(new Fail("first")).dispatch(new Increment()).drain();

        assertEquals(1, seen.size());
        assertEquals(new Count(1), t.state());
        List<String> logged = t.logger().messages(LogLevel.ERROR);
        assertTrue(logged.get(0).contains("error handler threw"), logged.get(0));
    }

    @Test
    void stateUntouchedAfterHandlerError() {
        TestFrame<Count> t = frame();
        Count before = t.state();

        t.dispatchAndDrain(new Fail("x"));

        assertSame(before, t.state());
    }

    @Test
    void handlerErrorIsReportedLikeException() {
        TestFrame<Count> t = frame();
        record Assert() {
        }
        t.frame().on(Assert.class, (state, e) -> {
            throw new AssertionError("invariant broken");
        });

        t.dispatch(new Assert()).dispatch(new Increment()).drain();

        assertEquals(new Count(1), t.state());
        assertEquals(1, t.errors().size());
        assertEquals(Phase.HANDLER, t.errors().get(0).phase());
        assertTrue(t.errors().get(0).cause() instanceof AssertionError);
    }
}
