package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Frame;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of before and after steps, enqueued interceptors and global interceptors. */
class InterceptorOrderTest {

    record Counter(int count) {
    }

    record Increment() {
    }

    private final List<String> log = new ArrayList<>();
    private TestFrame<Counter> t;
    private Frame<Counter> frame;

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Counter(0));
        frame = t.frame();
    }

    /** Returns an interceptor that appends "label.before" and "label.after" to the log. */
    private Interceptor logging(String id, String label) {
        return Interceptor.of(id,
                context -> {
                    log.add(label + ".before");
                    return context;
                },
                context -> {
                    log.add(label + ".after");
                    return context;
                });
    }

    private Interceptor logging(String id) {
        return logging(id, id);
    }

    private void registerIncrement(List<Interceptor> interceptors) {
        frame.on(Increment.class, interceptors, (Counter state, Increment e) -> {
            log.add("handler");
            return new Counter(state.count() + 1);
        });
    }

    @Test
    void beforeForwardAfterReverse() {
        registerIncrement(List.of(logging("a"), logging("b"), logging("c")));

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("a.before", "b.before", "c.before", "handler", "c.after", "b.after", "a.after"), log);
        assertEquals(1, t.state().count());
    }

    @Test
    void enqueuedInterceptorRuns() {
        Interceptor extra = logging("extra");
        Interceptor enqueuing = Interceptor.before("enqueuing", context -> {
            log.add("enqueuing.before");
            return context.enqueue(extra);
        });
        registerIncrement(List.of(enqueuing));

        t.dispatchAndDrain(new Increment());

        // enqueue appends to the end of the queue, which is behind the handler.
        assertEquals(List.of("enqueuing.before", "handler", "extra.before", "extra.after"), log);
        t.assertNoErrors();
    }

    @Test
    void globalsWrapHandlerInterceptors() {
        frame.addGlobalInterceptor(logging("g1"));
        frame.addGlobalInterceptor(logging("g2"));
        registerIncrement(List.of(logging("own")));

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("g1.before", "g2.before", "own.before", "handler",
                "own.after", "g2.after", "g1.after"), log);
    }

    @Test
    void globalAddedAfterHandlerRuns() {
        registerIncrement(List.of());
        t.dispatchAndDrain(new Increment());

        frame.addGlobalInterceptor(logging("late"));
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("handler", "late.before", "handler", "late.after"), log);
    }

    @Test
    void globalSameIdReplacesInPlace() {
        frame.addGlobalInterceptor(logging("g1", "old"));
        frame.addGlobalInterceptor(logging("g2"));
        registerIncrement(List.of());

        frame.addGlobalInterceptor(logging("g1", "new"));
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("new.before", "g2.before", "handler", "g2.after", "new.after"), log);
    }

    @Test
    void removeGlobalStopsIt() {
        frame.addGlobalInterceptor(logging("g1"));
        frame.addGlobalInterceptor(logging("g2"));
        registerIncrement(List.of());

        assertTrue(frame.removeGlobalInterceptor("g1"));
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("g2.before", "handler", "g2.after"), log);
    }

    @Test
    void removeUnknownGlobalReturnsFalse() {
        frame.addGlobalInterceptor(logging("g1"));

        assertFalse(frame.removeGlobalInterceptor("missing"));
    }

    @Test
    void globalsRunForEveryHandler() {
        record Decrement() {
        }
        frame.addGlobalInterceptor(logging("g"));
        registerIncrement(List.of());
        frame.on(Decrement.class, (state, e) -> {
            log.add("decrement");
            return new Counter(state.count() - 1);
        });

        t.dispatch(new Increment()).dispatch(new Decrement()).drain();

        assertEquals(List.of("g.before", "handler", "g.after", "g.before", "decrement", "g.after"), log);
    }

    /** A state handler registered without interceptors, which the frame runs without a chain runner. */
    private void registerPlainIncrement() {
        frame.on(Increment.class, (Counter state, Increment e) -> {
            log.add("handler");
            return new Counter(state.count() + 1);
        });
    }

    @Test
    void globalWrapsPlainHandlerAddedEarlier() {
        registerPlainIncrement();
        t.dispatchAndDrain(new Increment());

        frame.addGlobalInterceptor(logging("late"));
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("handler", "late.before", "handler", "late.after"), log);
        assertEquals(2, t.state().count());
        t.assertNoErrors();
    }

    @Test
    void plainHandlerRunsAloneAfterGlobalRemoved() {
        registerPlainIncrement();
        frame.addGlobalInterceptor(logging("g"));
        t.dispatchAndDrain(new Increment());

        assertTrue(frame.removeGlobalInterceptor("g"));
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("g.before", "handler", "g.after", "handler"), log);
        assertEquals(2, t.state().count());
    }
}
