package io.teaframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Dispatch;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.interceptor.InvariantViolationException;
import io.teaframe.testkit.TestFrame;
import io.teaframe.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frame's short path for chains that run plain (global interceptors made with
 * Interceptor.before, Interceptors.after and Interceptors.validate around a state
 * handler): the same outcome, errors and effects as the full path.
 */
class PlainPathTest {

    record Count(int value) {
    }

    record Add(int amount) {
    }

    record Log(String line) {
    }

    private final List<String> log = new ArrayList<>();

    private TestFrame<Count> frame() {
        TestFrame<Count> t = TestFrame.create(new Count(0));
        t.frame().addGlobalInterceptor(Interceptor.before("count", context -> {
            log.add("before " + context.<Object>event());
            return context;
        }));
        t.frame().addGlobalInterceptor(Interceptors.after("log", (Count state, Object event) -> log.add("after "
                + state.value())));
        t.frame().addGlobalInterceptor(Interceptors.validate("below 100", (Count state) -> state.value() < 100));
        t.frame().on(Add.class, (state, e) -> new Count(state.value() + e.amount()));
        return t;
    }

    @Test
    void everyStepRunsAroundTheHandler() {
        TestFrame<Count> t = frame();

        t.dispatch(new Add(2)).dispatch(new Add(3)).drain();

        assertEquals(new Count(5), t.state());
        assertEquals(List.of("before Add[amount=2]", "after 2", "before Add[amount=3]", "after 5"), log);
        t.assertNoErrors();
    }

    @Test
    void brokenInvariantDiscardsTheState() {
        TestFrame<Count> t = frame();

        t.dispatch(new Add(200)).dispatch(new Add(1)).drain();

        assertEquals(new Count(1), t.state());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.AFTER, error.phase());
        assertEquals("validate:below 100", error.interceptorId());
        assertInstanceOf(InvariantViolationException.class, error.cause());
    }

    @Test
    void handlerThatThrowsIsReportedAsTheHandler() {
        TestFrame<Count> t = frame();
        t.frame().on(Log.class, (Count state, Log e) -> {
            throw new IllegalStateException(e.line());
        });

        t.dispatch(new Log("no")).dispatch(new Add(1)).drain();

        assertEquals(new Count(1), t.state());
        assertEquals(Phase.HANDLER, t.errors().get(0).phase());
        assertEquals("handler:" + Log.class.getName(), t.errors().get(0).interceptorId());
    }

    @Test
    void effectFromBeforeStepRuns() {
        TestFrame<Count> t = frame();
        t.frame().addGlobalInterceptor(Interceptor.before("echo", context -> context.<Object>event() instanceof Add add
                && add.amount() == 10 ? context.withEffect(new Dispatch(new Add(1))) : context));

        t.dispatch(new Add(10)).drain();

        assertEquals(new Count(11), t.state());
        t.assertNoErrors();
    }

    @Test
    void tracedFrameGetsTheSameOutcome() {
        TestFrame<Count> t = frame();
        List<TraceEntry> traces = new ArrayList<>();
        t.frame().addTraceListener("test", traces::add);

        t.dispatch(new Add(4)).drain();

        assertEquals(new Count(4), t.state());
        assertEquals(1, traces.size());
        assertTrue(log.contains("after 4"));
    }
}
