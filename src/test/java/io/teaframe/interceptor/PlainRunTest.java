package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain runner's plain run (Chain.runPlain): which chains it takes, and that it gives
 * the outcome, the order of steps and the failures of the general runner.
 */
class PlainRunTest {

    private static final Environment ENVIRONMENT = EmptyEnvironment.INSTANCE;

    private final List<String> log = new ArrayList<>();

    /** Returns a state step made of a function, as the frame makes a state handler. */
    private StateInterceptor handler(String id, StateFunction<Integer, String> function) {
        return new StateInterceptor(id, function, null) {
        };
    }

    /** Returns a state interceptor that overrides both methods and logs them. */
    private StateInterceptor overriding(String id) {
        return new StateInterceptor(id) {
            @Override
            protected Object beforeState(Object state, Object event) {
                log.add(id + " before " + state);
                return state;
            }

            @Override
            protected void afterState(Object stateAfter, Object event) {
                log.add(id + " after " + stateAfter);
            }
        };
    }

    private Interceptor loggingBefore(String id) {
        return Interceptor.before(id, context -> {
            log.add(id + " before " + context.coeffects().state() + " " + context.effects().hasState());
            return context;
        });
    }

    private Interceptor loggingAfter(String id) {
        return Interceptors.after(id, (Integer state, String event) -> log.add(id + " after " + state));
    }

    /** Runs {@code queue} with the general runner and returns its log, then clears the log. */
    private List<String> generalLog(Interceptor[] queue, Object state) {
        Chain general = new Chain();
        general.runEventUnwrapped(state, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);
        List<String> copy = new ArrayList<>(log);
        log.clear();
        return copy;
    }

    @Test
    void plainRunTakesStateAndBeforeSteps() {
        Chain chain = new Chain();

        assertTrue(chain.canRunPlain(new Interceptor[] {loggingBefore("a"), loggingAfter("b"),
            Interceptors.validate("positive", (Integer s) -> s > 0), overriding("c"), handler("h", (s, e) -> s)}));
        assertTrue(chain.canRunPlain(new Interceptor[] {Interceptor.of("o", context -> context, null)}));
        assertFalse(chain.canRunPlain(new Interceptor[] {Interceptor.of("o", context -> context, context -> context)}));
        assertFalse(chain.canRunPlain(new Interceptor[] {Interceptor.after("a", context -> context)}));
        assertFalse(chain.canRunPlain(new Interceptor[] {Interceptors.path((Integer s) -> s, (s, p) -> p)}));
        assertFalse(chain.canRunPlain(new Interceptor[] {new Interceptor() {
            @Override
            public String id() {
                return "own";
            }
        }}));
    }

    @Test
    void stepsRunInTheGeneralRunnersOrder() {
        Interceptor[] queue = {loggingBefore("a"), overriding("b"), loggingAfter("c"), overriding("d"),
            handler("h", (s, e) -> s + 1)};
        List<String> expected = generalLog(queue, 1);
        Chain chain = new Chain();

        assertTrue(chain.canRunPlain(queue));
        Object result = chain.runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);

        assertEquals(2, result);
        assertEquals(expected, log);
        assertEquals(List.of("a before 1 false", "b before 1", "d before 1", "d after 2", "c after 2", "b after 2"),
                log);
    }

    @Test
    void contextStepSeesEarlierNewState() {
        Interceptor[] queue = {handler("first", (s, e) -> s + 10), loggingBefore("a"), handler("h", (s, e) -> s)};
        Chain chain = new Chain();

        Object result = chain.runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);

        // The last state step returned the state it was given, so the first one's state stays.
        assertEquals(11, result);
        assertEquals(List.of("a before 1 true"), log);
    }

    @Test
    void unchangedStateIsReturnedAsItIs() {
        Integer state = 1000;
        Interceptor[] queue = {loggingAfter("a"), handler("h", (s, e) -> s)};

        Object result = new Chain().runPlain(state, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);

        assertSame(state, result);
    }

    @Test
    void nullStateIsANewState() {
        Interceptor[] queue = {loggingAfter("a"), handler("h", (s, e) -> null)};

        Object result = new Chain().runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);

        assertEquals(null, result);
        assertEquals(List.of("a after null"), log);
    }

    @Test
    void contextStepReturningAnotherContextHandsOver() {
        Interceptor added = overriding("added");
        Interceptor enqueuing = Interceptor.before("enqueue", context -> context.enqueue(added));
        Interceptor[] queue = {loggingAfter("outer"), enqueuing, handler("h", (s, e) -> s + 1)};
        Chain chain = new Chain();

        Object result = chain.runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT);

        // The queue became [h, added]: the general loop runs both, then every after step.
        assertSame(chain, result);
        assertTrue(chain.hasNewState());
        assertEquals(2, chain.newState());
        assertEquals(List.of("added before 1", "added after 2", "outer after 2"), log);
        chain.reset();

        // The runner is ready for the next plain run.
        log.clear();
        assertEquals(2, chain.runPlain(1, "event", 5, new SeededRandom(1),
                new Interceptor[] {handler("h", (s, e) -> s + 1)}, ENVIRONMENT));
    }

    @Test
    void failingHandlerIsNamedAndStopsTheRun() {
        IllegalStateException cause = new IllegalStateException("boom");
        StateInterceptor failing = handler("h", (s, e) -> {
            throw cause;
        });
        Interceptor[] queue = {loggingAfter("a"), failing};
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class,
                () -> chain.runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT));

        assertSame(failing, failure.interceptor());
        assertFalse(failure.inAfter());
        assertSame(cause, failure.getCause());
        assertSame(failure, chain.failureOf(failure));
        assertEquals(List.of(), log);
    }

    @Test
    void invariantFailureNamesAfterStep() {
        Interceptor invariant = Interceptors.validate("small", (Integer s) -> s < 10);
        Interceptor[] queue = {invariant, handler("h", (s, e) -> s + 100)};
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class,
                () -> chain.runPlain(1, "event", 5, new SeededRandom(1), queue, ENVIRONMENT));

        assertSame(invariant, failure.interceptor());
        assertTrue(failure.inAfter());
        assertInstanceOf(InvariantViolationException.class, failure.getCause());
    }

    @Test
    void failureAfterGeneralFailureNamesItsStep() {
        Interceptor failingAfter = Interceptor.after("ctx", context -> {
            throw new IllegalStateException("general");
        });
        Chain chain = new Chain();
        // A general run that fails leaves its step behind in the runner.
        assertThrows(IllegalStateException.class, () -> chain.runEventUnwrapped(1, "event", 5, new SeededRandom(1),
                new Interceptor[] {failingAfter}, ENVIRONMENT));
        chain.reset();
        StateInterceptor failing = handler("h", (s, e) -> {
            throw new IllegalArgumentException("plain");
        });

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runPlain(1, "event", 5,
                new SeededRandom(1), new Interceptor[] {failing}, ENVIRONMENT));

        assertSame(failure, chain.failureOf(failure));
        assertSame(failing, chain.failureOf(failure).interceptor());
    }
}
