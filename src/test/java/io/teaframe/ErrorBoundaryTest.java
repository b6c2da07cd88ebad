package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.flow.EventMatcher;
import io.teaframe.flow.Flow;
import io.teaframe.flow.Flows;
import io.teaframe.flow.Rule;
import io.teaframe.flow.StartFlow;
import io.teaframe.port.LogLevel;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frame.onError: every reported failure becomes one app event, without loops. */
class ErrorBoundaryTest {

    record App(List<FrameError> errors) {
        App with(FrameError error) {
            List<FrameError> next = new ArrayList<>(errors);
            next.add(error);
            return new App(next);
        }
    }

    record ErrorRaised(FrameError error) {
    }

    record Boom() {
    }

    record Explode() {
    }

    record Begin() {
    }

    private final TestFrame<App> t = TestFrame.create(new App(List.of()));

    ErrorBoundaryTest() {
        t.frame().on(ErrorRaised.class, (state, e) -> state.with(e.error()));
        t.frame().on(Boom.class, (state, e) -> {
            throw new IllegalStateException("handler failed");
        });
        t.frame().registerEffect(Explode.class, (effect, context) -> {
            throw new IllegalArgumentException("effect failed");
        });
        t.frame().onError(ErrorRaised::new);
    }

    @Test
    void handlerExceptionBecomesErrorEvent() {
        t.advance(1_234);
        t.dispatchAndDrain(new Boom());

        assertEquals(1, t.state().errors().size());
        FrameError error = t.state().errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals(new Boom(), error.event());
        assertEquals("handler:" + Boom.class.getName(), error.interceptorId());
        assertEquals("handler failed", error.cause().getMessage());
        assertEquals(1_234, error.timeMillis());
    }

    @Test
    void effectExceptionBecomesErrorEvent() {
        t.frame().onFx(Begin.class, (cofx, e) -> Effects.of(new Explode()));
        t.dispatchAndDrain(new Begin());

        FrameError error = t.state().errors().get(0);
        assertEquals(Phase.EFFECT, error.phase());
        assertEquals(new Explode(), error.source());
    }

    @Test
    void flowTimeoutBecomesErrorEvent() {
        Flows.install(t.frame());
        t.frame().onFx(Begin.class, (cofx, e) -> Effects.of(new StartFlow(Flow.named("slow")
                .rule(Rule.whenAny(EventMatcher.of(Boom.class)).halt())
                .timeout(500, null))));
        t.dispatchAndDrain(new Begin());
        t.advance(500);

        FrameError error = t.state().errors().get(0);
        assertEquals(Phase.TIMEOUT, error.phase());
        assertEquals("flow 'slow'", error.source());
        assertEquals(500, error.timeMillis());
    }

    @Test
    void failingErrorHandlerDoesNotLoop() {
        t.frame().on(ErrorRaised.class, (state, e) -> {
            throw new IllegalStateException("error handler broken");
        });

        t.dispatchAndDrain(new Boom());
        t.advance(10_000);

        assertEquals(0, t.frame().queuedEvents());
        assertEquals(0, t.time().pending());
        List<String> errors = t.logger().messages(LogLevel.ERROR);
        assertTrue(errors.stream().anyMatch(m -> m.contains("only logged")), errors.toString());
        assertTrue(t.logger().entries().stream().anyMatch(entry -> entry.cause() != null
                && "error handler broken".equals(entry.cause().getMessage())), errors.toString());
    }

    @Test
    void nullFromFactoryLogsError() {
        t.frame().onError(error -> null);
        t.dispatchAndDrain(new Boom());

        assertEquals(0, t.state().errors().size());
        assertTrue(t.logger().entries().stream().anyMatch(entry -> entry.level() == LogLevel.ERROR
                && entry.cause() != null && "handler failed".equals(entry.cause().getMessage())));
    }

    @Test
    void reportedErrorsGetTheirTime() {
        t.advance(42);
        t.frame().reportError(new FrameError(Phase.MESSAGE, null, null, "socket 'chat'", new RuntimeException("x")));
        t.drain();

        assertEquals(42, t.state().errors().get(0).timeMillis());
    }
}
