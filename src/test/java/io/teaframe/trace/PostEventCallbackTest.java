package io.teaframe.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.sub.Query;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frame.addPostEventCallback: when callbacks run, what they receive, and their failures. */
class PostEventCallbackTest {

    record Counter(int count) {
    }

    record Increment() {
    }

    record Count() implements Query<Integer> {
    }

    private TestFrame<Counter> t;
    private Frame<Counter> frame;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        t = TestFrame.create(new Counter(0));
        frame = t.frame();
        frame.on(Increment.class, (state, e) -> new Counter(state.count() + 1));
    }

    @Test
    void callbackReceivesEventAndNewState() {
        List<Object> events = new ArrayList<>();
        List<Object> states = new ArrayList<>();
        frame.addPostEventCallback("spy", (event, state) -> {
            events.add(event);
            states.add(state);
        });

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of(new Increment()), events);
        assertEquals(List.of(new Counter(1)), states);
    }

    @Test
    void callbackRunsAfterSubscriptionListeners() {
        frame.registerExtractor(Count.class, (state, query) -> state.count());
        frame.subscribe(new Count(), value -> calls.add("listener " + value));
        frame.addPostEventCallback("spy", (event, state) -> calls.add("callback"));

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("listener 1", "callback"), calls);
    }

    @Test
    void removedCallbackStops() {
        frame.addPostEventCallback("spy", (event, state) -> calls.add("spy"));
        t.dispatchAndDrain(new Increment());

        frame.removePostEventCallback("spy");
        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("spy"), calls);
    }

    @Test
    void sameIdReplacesCallback() {
        frame.addPostEventCallback("spy", (event, state) -> calls.add("old"));
        frame.addPostEventCallback("spy", (event, state) -> calls.add("new"));

        t.dispatchAndDrain(new Increment());

        assertEquals(List.of("new"), calls);
    }

    @Test
    void callbacksRunForEveryEvent() {
        frame.addPostEventCallback("first", (event, state) -> calls.add("first " + state));
        frame.addPostEventCallback("second", (event, state) -> calls.add("second " + state));

        t.dispatch(new Increment()).dispatch(new Increment()).drain();

        assertEquals(List.of("first Counter[count=1]", "second Counter[count=1]",
                "first Counter[count=2]", "second Counter[count=2]"), calls);
    }

    @Test
    void throwingCallbackReportsCallbackPhase() {
        frame.addPostEventCallback("broken", (event, state) -> {
            throw new IllegalStateException("callback broke");
        });

        t.dispatchAndDrain(new Increment());

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.CALLBACK, error.phase());
        assertEquals(new Increment(), error.event());
        assertEquals("post-event callback broken", error.source());
        assertNull(error.interceptorId());
        assertEquals("callback broke", error.cause().getMessage());
    }

    @Test
    void throwingCallbackLeavesEventAlone() {
        frame.addPostEventCallback("broken", (event, state) -> {
            throw new IllegalStateException("callback broke");
        });
        frame.addPostEventCallback("after", (event, state) -> calls.add("after " + state));

        t.dispatch(new Increment()).dispatch(new Increment()).drain();

        assertEquals(new Counter(2), t.state());
        assertEquals(List.of("after Counter[count=1]", "after Counter[count=2]"), calls);
    }
}
