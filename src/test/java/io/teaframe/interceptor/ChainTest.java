package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain runner: the queue and stack that each context shows, contexts kept after
 * their step, and state interceptors run without a context.
 */
class ChainTest {

    private static final Environment ENVIRONMENT = EmptyEnvironment.INSTANCE;

    private final List<String> log = new ArrayList<>();
    private final List<Context> seen = new ArrayList<>();

    /** Returns an interceptor that keeps every context it is given. */
    private Interceptor keeping(String id) {
        return Interceptor.of(id,
                context -> {
                    seen.add(context);
                    return context;
                },
                context -> {
                    seen.add(context);
                    return context;
                });
    }

    private static List<String> ids(List<Interceptor> interceptors) {
        List<String> ids = new ArrayList<>();
        for (Interceptor interceptor : interceptors) {
            ids.add(interceptor.id());
        }
        return ids;
    }

    private static Coeffects coeffects(Object state) {
        return Coeffects.of(state, "event", 0, new SeededRandom(1));
    }

    /** Checks the four contexts kept by {@code keeping("a")} and {@code keeping("b")}, in that order. */
    private void assertKeptContextsOfTwoSteps() {
        assertEquals(4, seen.size());
        assertEquals(List.of("b"), ids(seen.get(0).queue()));
        assertEquals(List.of("a"), ids(seen.get(0).stack()));
        assertEquals(List.of(), ids(seen.get(1).queue()));
        assertEquals(List.of("b", "a"), ids(seen.get(1).stack()));
        assertEquals(List.of("a"), ids(seen.get(2).stack()));
        assertEquals(List.of(), ids(seen.get(3).stack()));
    }

    @Test
    void contextsShowQueueAndStackOfTheirStep() {
        Interceptor[] queue = {keeping("a"), keeping("b")};

        Chain.run(Context.start(coeffects(0), queue, ENVIRONMENT));

        // Each kept context still shows its own step after the run has moved on.
        assertKeptContextsOfTwoSteps();
    }

    @Test
    void enqueueKeepsEarlierContextsUnchanged() {
        Interceptor extra = keeping("extra");
        Interceptor enqueuing = Interceptor.before("enqueuing", context -> {
            seen.add(context);
            return context.enqueue(extra);
        });
        Interceptor[] queue = {enqueuing, keeping("b")};

        Chain.run(Context.start(coeffects(0), queue, ENVIRONMENT));

        assertEquals(List.of("b"), ids(seen.get(0).queue()));
        assertEquals(List.of("enqueuing"), ids(seen.get(0).stack()));
        assertEquals(List.of("extra"), ids(seen.get(1).queue()));
        assertEquals(List.of("b", "enqueuing"), ids(seen.get(1).stack()));
        assertEquals(List.of("extra", "b", "enqueuing"), ids(seen.get(2).stack()));
        assertEquals(List.of("b", "enqueuing"), ids(seen.get(3).stack()));
    }

    @Test
    void returningAnEarlierContextRewindsTheChain() {
        Context[] first = new Context[1];
        Interceptor remembering = Interceptor.before("remembering", context -> {
            log.add("remembering.before");
            first[0] = context;
            return context;
        });
        Interceptor rewinding = Interceptor.before("rewinding", context -> {
            log.add("rewinding.before");
            // Once: the first step's context, whose queue still contains this interceptor.
            return log.size() < 3 ? first[0] : context;
        });

        Chain.run(Context.start(coeffects(0), new Interceptor[] {remembering, rewinding}, ENVIRONMENT));

        assertEquals(List.of("remembering.before", "rewinding.before", "rewinding.before"), log);
        assertEquals(List.of("remembering"), ids(first[0].stack()));
    }

    @Test
    void stateInterceptorSetsStateWithoutContext() {
        StateInterceptor doubling = new StateInterceptor("doubling") {
            @Override
            protected Object beforeState(Object state, Object event) {
                return (Integer) state * 2;
            }

            @Override
            protected void afterState(Object stateAfter, Object event) {
                log.add("after " + stateAfter + " " + event);
            }
        };
        Chain chain = new Chain();

        chain.runEvent(21, "event", 0, new SeededRandom(1), new Interceptor[] {doubling}, ENVIRONMENT);

        assertTrue(chain.hasNewState());
        assertEquals(42, chain.newState());
        assertTrue(chain.effectValues().isEmpty());
        assertEquals(List.of("after 42 event"), log);
        chain.reset();
    }

    @Test
    void stateInterceptorSameStateIsNoChange() {
        Object state = new Object();
        StateInterceptor keeping = new StateInterceptor("keeping") {
        };
        Chain chain = new Chain();

        chain.runEvent(state, "event", 0, new SeededRandom(1), new Interceptor[] {keeping}, ENVIRONMENT);

        assertFalse(chain.hasNewState());
        chain.reset();
    }

    @Test
    void stateInterceptorCalledDirectlyUsesContext() {
        StateInterceptor incrementing = new StateInterceptor("incrementing") {
            @Override
            protected Object beforeState(Object state, Object event) {
                return (Integer) state + 1;
            }

            @Override
            protected void afterState(Object stateAfter, Object event) {
                log.add("after " + stateAfter);
            }
        };
        Context start = Context.start(coeffects(1), new Interceptor[0], ENVIRONMENT);

        Context before = incrementing.before(start);
        Context after = incrementing.after(before);

        assertEquals(2, before.effects().state());
        assertSame(before, after);
        assertEquals(List.of("after 2"), log);
        assertEquals("Interceptor[incrementing]", incrementing.toString());
    }

    @Test
    void generalStepSeesStateSetByStateInterceptor() {
        StateInterceptor setting = new StateInterceptor("setting") {
            @Override
            protected Object beforeState(Object state, Object event) {
                return "new";
            }
        };
        Interceptor reading = Interceptor.after("reading", context -> {
            log.add(String.valueOf(context.effects().state()));
            return context.withEffects(context.effects().and("effect"));
        });
        Chain chain = new Chain();

        chain.runEvent("old", "event", 0, new SeededRandom(1), new Interceptor[] {reading, setting}, ENVIRONMENT);

        assertEquals(List.of("new"), log);
        assertEquals("new", chain.newState());
        assertEquals(List.of("effect"), chain.effectValues());
        chain.reset();
    }

    @Test
    void failureNamesInterceptorAndStep() {
        StateInterceptor failing = new StateInterceptor("failing") {
            @Override
            protected void afterState(Object stateAfter, Object event) {
                throw new IllegalStateException("broken");
            }
        };
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {failing}, ENVIRONMENT));

        assertSame(failing, failure.interceptor());
        assertTrue(failure.inAfter());
        chain.reset();
        chain.runEvent(0, "event", 0, new SeededRandom(1), new Interceptor[0], ENVIRONMENT);
        assertFalse(chain.hasNewState());
        assertEquals(Effects.none().effects(), chain.effectValues());
    }

    @Test
    void runEventContextsShowTheirStep() {
        Chain chain = new Chain();

        chain.runEvent(0, "event", 0, new SeededRandom(1), new Interceptor[] {keeping("a"), keeping("b")},
                ENVIRONMENT);
        chain.reset();

        assertKeptContextsOfTwoSteps();
    }

    @Test
    void runEventContextsBuildTheirCoeffects() {
        SeededRandom random = new SeededRandom(1);
        Chain chain = new Chain();

        chain.runEvent("state", "event", 12.5, random, new Interceptor[] {keeping("a")}, ENVIRONMENT);
        chain.reset();

        Coeffects coeffects = seen.get(0).coeffects();
        assertEquals("state", coeffects.state());
        assertEquals("event", coeffects.event());
        assertEquals(12.5, coeffects.now());
        assertSame(random, coeffects.random());
        assertSame(coeffects, seen.get(0).coeffects());
        assertEquals("event", seen.get(1).event());
        assertSame(ENVIRONMENT, seen.get(1).environment());
    }

    @Test
    void runEventFollowsReturnedBeforeContext() {
        Interceptor extra = keeping("extra");
        Interceptor enqueuing = Interceptor.before("enqueuing", context -> {
            seen.add(context);
            return context.enqueue(extra);
        });
        Chain chain = new Chain();

        chain.runEvent(0, "event", 0, new SeededRandom(1), new Interceptor[] {enqueuing, keeping("b")}, ENVIRONMENT);
        chain.reset();

        assertEquals(List.of("b"), ids(seen.get(0).queue()));
        assertEquals(List.of("extra"), ids(seen.get(1).queue()));
        assertEquals(List.of("b", "enqueuing"), ids(seen.get(1).stack()));
        assertEquals(List.of("extra", "b", "enqueuing"), ids(seen.get(2).stack()));
        assertEquals(List.of("b", "enqueuing"), ids(seen.get(3).stack()));
        // b's before, extra's before and after, then b's after.
        assertEquals(5, seen.size());
    }

    @Test
    void runEventKeepsAfterStepEffects() {
        StateInterceptor setting = new StateInterceptor("setting", true, false) {
            @Override
            protected Object beforeState(Object state, Object event) {
                return "new";
            }
        };
        Interceptor adding = Interceptor.after("adding", context -> {
            log.add("adding sees " + context.effects().state());
            return context.withEffects(context.effects().and("effect"));
        });
        StateInterceptor observing = new StateInterceptor("observing", false, true) {
            @Override
            protected void afterState(Object stateAfter, Object event) {
                log.add("observing sees " + stateAfter);
            }
        };
        Chain chain = new Chain();

        chain.runEvent("old", "event", 0, new SeededRandom(1), new Interceptor[] {observing, adding, setting},
                ENVIRONMENT);

        assertEquals(List.of("adding sees new", "observing sees new"), log);
        assertTrue(chain.hasNewState());
        assertEquals("new", chain.newState());
        assertEquals(List.of("effect"), chain.effectValues());
        chain.reset();

        // The runner starts the next run clean.
        chain.runEvent("old", "event", 0, new SeededRandom(1), new Interceptor[] {keeping("a")}, ENVIRONMENT);
        assertFalse(chain.hasNewState());
        assertEquals(List.of(), chain.effectValues());
        chain.reset();
    }

    @Test
    void runEventFailureInABeforeStepNamesIt() {
        Interceptor failing = Interceptor.before("failing", context -> {
            throw new IllegalArgumentException("broken");
        });
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {keeping("a"), failing}, ENVIRONMENT));
        chain.reset();

        assertSame(failing, failure.interceptor());
        assertFalse(failure.inAfter());
        assertEquals("broken", failure.getCause().getMessage());
    }

    @Test
    void runEventNullContextFailsStep() {
        Interceptor returningNull = Interceptor.after("returning-null", context -> null);
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {returningNull}, ENVIRONMENT));
        chain.reset();

        assertSame(returningNull, failure.interceptor());
        assertTrue(failure.inAfter());
        assertEquals(NullPointerException.class, failure.getCause().getClass());
    }

    @Test
    void stateInterceptorRunsOnlyTheStepsItDeclares() {
        StateInterceptor afterOnly = new StateInterceptor("after-only", false, true) {
            @Override
            protected Object beforeState(Object state, Object event) {
                log.add("before");
                return "changed";
            }

            @Override
            protected void afterState(Object stateAfter, Object event) {
                log.add("after " + stateAfter);
            }
        };
        Chain chain = new Chain();

        chain.runEvent("old", "event", 0, new SeededRandom(1), new Interceptor[] {afterOnly}, ENVIRONMENT);

        assertEquals(List.of("after old"), log);
        assertFalse(chain.hasNewState());
        chain.reset();
    }

    @Test
    void runEventNamesFailingStateBefore() {
        StateInterceptor failing = new StateInterceptor("failing") {
            @Override
            protected Object beforeState(Object state, Object event) {
                throw new IllegalStateException("broken");
            }
        };
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {keeping("a"), keeping("b"), failing, keeping("c")},
                ENVIRONMENT));
        chain.reset();

        assertSame(failing, failure.interceptor());
        assertFalse(failure.inAfter());
        assertEquals("broken", failure.getCause().getMessage());
    }

    @Test
    void runEventNamesFailingFirstAfter() {
        Interceptor failing = Interceptor.after("failing", context -> {
            throw new IllegalArgumentException("broken");
        });
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {failing, keeping("a"), keeping("b")}, ENVIRONMENT));
        chain.reset();

        assertSame(failing, failure.interceptor());
        assertTrue(failure.inAfter());
        // The befores of a and b, then their afters, ran before the failing after.
        assertEquals(4, seen.size());
    }

    @Test
    void runEventWrapsNestedChainFailure() {
        Interceptor innerFailing = Interceptor.before("inner", context -> {
            throw new IllegalStateException("broken");
        });
        Interceptor outer = Interceptor.before("outer", context -> {
            new Chain().runEvent(0, "nested", 0, new SeededRandom(1), new Interceptor[] {innerFailing}, ENVIRONMENT);
            return context;
        });
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {keeping("a"), outer}, ENVIRONMENT));
        chain.reset();

        assertSame(outer, failure.interceptor());
        assertFalse(failure.inAfter());
        ChainFailure inner = (ChainFailure) failure.getCause();
        assertSame(innerFailing, inner.interceptor());
    }

    @Test
    void runEventNamesFailureAfterHandOver() {
        Interceptor failing = Interceptor.after("failing", context -> {
            throw new IllegalStateException("broken");
        });
        Interceptor enqueuing = Interceptor.before("enqueuing", context -> context.enqueue(failing));
        Chain chain = new Chain();

        ChainFailure failure = assertThrows(ChainFailure.class, () -> chain.runEvent(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {enqueuing, keeping("b")}, ENVIRONMENT));
        chain.reset();

        assertSame(failing, failure.interceptor());
        assertTrue(failure.inAfter());
        assertEquals(IllegalStateException.class, failure.getCause().getClass());
    }

    @Test
    void runEventUnwrappedLeavesStepFailure() {
        IllegalStateException broken = new IllegalStateException("broken");
        Interceptor failing = Interceptor.after("failing", context -> {
            throw broken;
        });
        Chain chain = new Chain();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> chain.runEventUnwrapped(0,
                "event", 0, new SeededRandom(1), new Interceptor[] {keeping("a"), failing, keeping("b")},
                ENVIRONMENT));
        ChainFailure failure = chain.failureOf(thrown);
        chain.reset();

        assertSame(broken, thrown);
        assertSame(failing, failure.interceptor());
        assertTrue(failure.inAfter());
        assertSame(broken, failure.getCause());
    }

    @Test
    void failureOfKeepsGeneralLoopFailure() {
        Interceptor failing = Interceptor.before("failing", context -> {
            throw new IllegalStateException("broken");
        });
        Interceptor enqueuing = Interceptor.before("enqueuing", context -> context.enqueue(failing));
        Chain chain = new Chain();

        ChainFailure thrown = assertThrows(ChainFailure.class, () -> chain.runEventUnwrapped(0, "event", 0,
                new SeededRandom(1), new Interceptor[] {enqueuing}, ENVIRONMENT));
        chain.reset();

        assertSame(thrown, chain.failureOf(thrown));
        assertSame(failing, thrown.interceptor());
    }

    @Test
    void failureOfIgnoresFailureOutsideSteps() {
        Chain chain = new Chain();
        chain.runEventUnwrapped(0, "event", 0, new SeededRandom(1), new Interceptor[] {keeping("a")}, ENVIRONMENT);

        // After a finished run, a failure of the caller's own code is not a step's.
        assertNull(chain.failureOf(new IllegalStateException("caller")));
        chain.reset();

        NullPointerException thrown = assertThrows(NullPointerException.class, () -> chain.runEventUnwrapped(0,
                "event", 0, new SeededRandom(1), null, ENVIRONMENT));

        assertNull(chain.failureOf(thrown));
    }
}
