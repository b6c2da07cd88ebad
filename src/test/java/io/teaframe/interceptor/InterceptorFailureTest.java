package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures in before, the handler and after, and interceptors that return null. */
class InterceptorFailureTest {

    record Counter(int count) {
    }

    record Risky() {
    }

    record Increment() {
    }

    /** An effect whose handler counts its runs. */
    record Ping() {
    }

    /** Where the failure happens, with the phase and interceptor id the frame should report. */
    enum Failure {
        BEFORE(Phase.BEFORE, "boom"),
        HANDLER(Phase.HANDLER, "handler:" + Risky.class.getName()),
        AFTER(Phase.AFTER, "boom");

        final Phase phase;
        final String interceptorId;

        Failure(Phase phase, String interceptorId) {
            this.phase = phase;
            this.interceptorId = interceptorId;
        }
    }

    /** Which step returns null instead of a context. */
    enum NullStep {
        BEFORE(Phase.BEFORE),
        AFTER(Phase.AFTER);

        final Phase phase;

        NullStep(Phase phase) {
            this.phase = phase;
        }
    }

    private static final Counter START = new Counter(0);

    private TestFrame<Counter> t;
    private Frame<Counter> frame;
    private int pings;
    private final List<Object> statesAfterEvent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        t = TestFrame.create(START);
        frame = t.frame();
        frame.registerEffect(Ping.class, (effect, context) -> pings++);
        frame.on(Increment.class, (state, e) -> new Counter(state.count() + 1));
        frame.addPostEventCallback("record", (event, state) -> statesAfterEvent.add(state));
    }

    private void registerRisky(Failure failure) {
        Interceptor boom = Interceptor.of("boom",
                context -> {
                    if (failure == Failure.BEFORE) {
                        throw new IllegalStateException("boom in before");
                    }
                    return context;
                },
                context -> {
                    if (failure == Failure.AFTER) {
                        throw new IllegalStateException("boom in after");
                    }
                    return context;
                });
        frame.onFx(Risky.class, List.of(boom), (coeffects, e) -> {
            if (failure == Failure.HANDLER) {
                throw new IllegalStateException("boom in handler");
            }
            return Effects.state(new Counter(99)).and(new Ping());
        });
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void failureReportsPhaseAndId(Failure failure) {
        registerRisky(failure);

        t.dispatchAndDrain(new Risky());

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(failure.phase, error.phase());
        assertEquals(failure.interceptorId, error.interceptorId());
        assertEquals(new Risky(), error.event());
        assertInstanceOf(IllegalStateException.class, error.cause());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void failureKeepsState(Failure failure) {
        registerRisky(failure);

        t.dispatchAndDrain(new Risky());

        assertSame(START, t.state());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void failureRunsNoEffect(Failure failure) {
        registerRisky(failure);

        t.dispatchAndDrain(new Risky());

        assertEquals(0, pings);
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void failureSparesNextQueuedEvent(Failure failure) {
        registerRisky(failure);

        t.dispatch(new Risky()).dispatch(new Increment()).drain();

        assertEquals(List.of(START, new Counter(1)), statesAfterEvent);
    }

    @ParameterizedTest
    @EnumSource(NullStep.class)
    void nullContextIsReported(NullStep step) {
        Interceptor returnsNull = Interceptor.of("returns-null",
                context -> step == NullStep.BEFORE ? null : context,
                context -> step == NullStep.AFTER ? null : context);
        frame.on(Risky.class, List.of(returnsNull), (Counter state, Risky e) -> new Counter(99));

        t.dispatch(new Risky()).dispatch(new Increment()).drain();

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(step.phase, error.phase());
        assertEquals("returns-null", error.interceptorId());
        assertTrue(error.cause().getMessage().contains("returns-null"), error.cause().getMessage());
        assertEquals(new Counter(1), t.state());
    }

    @Test
    void nullFromContextHandlerIsReported() {
        frame.onContext(Risky.class, context -> null);

        t.dispatch(new Risky()).dispatch(new Increment()).drain();

        assertEquals(Phase.HANDLER, t.errors().get(0).phase());
        assertEquals(new Counter(1), t.state());
    }
}
