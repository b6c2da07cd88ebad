package io.teaframe.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work that dispatches from a browser callback, and whose events are handled before it returns. */
class HandleAfterTest {

    record Seen(List<String> names) {
        Seen with(String name) {
            List<String> copy = new ArrayList<>(names);
            copy.add(name);
            return new Seen(copy);
        }
    }

    record Named(String name) {
    }

    private final TestFrame<Seen> t = TestFrame.create(new Seen(List.of()));

    HandleAfterTest() {
        t.frame().on(Named.class, (state, e) -> state.with(e.name()));
    }

    @Test
    void handlesTheQueuedEventsBeforeReturning() {
        t.frame().handleAfter(() -> {
            t.frame().dispatch(new Named("A"));
            t.frame().dispatch(new Named("B"));
            // Nothing runs inside the work itself.
            assertEquals(List.of(), t.state().names());
        });

        assertEquals(List.of("A", "B"), t.state().names());
        assertEquals(RouterState.IDLE, t.frame().routerState());
        // No microtask was scheduled for the run.
        assertEquals(0, t.time().pending());
    }

    @Test
    void workWithoutEventsLeavesTheRouterIdle() {
        t.frame().handleAfter(() -> { });

        assertEquals(RouterState.IDLE, t.frame().routerState());
        assertEquals(0, t.time().pending());
    }

    @Test
    void whileHandlingTheWorkOnlyRuns() {
        List<String> seenAfterWork = new ArrayList<>();
        t.frame().onFx(String.class, (cofx, name) -> {
            t.frame().handleAfter(() -> t.frame().dispatch(new Named("queued")));
            seenAfterWork.addAll(t.state().names());
            return Effects.none();
        });

        t.dispatchAndDrain("outer");

        assertEquals(List.of(), seenAfterWork);
        assertEquals(List.of("queued"), t.state().names());
    }

    @Test
    void eventsWaitWhenARunIsAlreadyScheduled() {
        t.dispatch(new Named("A"));

        t.frame().handleAfter(() -> t.frame().dispatch(new Named("B")));

        assertEquals(List.of(), t.state().names());
        t.drain();
        assertEquals(List.of("A", "B"), t.state().names());
    }

    @Test
    void usedSliceWaitsForTask() {
        t.frame().onFx(Integer.class, (cofx, millis) -> {
            t.time().spend(millis);
            return Effects.none();
        });
        // One run in a microtask takes a whole slice, so the next run waits for a task.
        t.dispatchAndDrain((int) Router.SLICE_MILLIS);

        t.frame().handleAfter(() -> t.frame().dispatch(new Named("A")));

        assertEquals(List.of(), t.state().names());
        assertEquals(RouterState.SCHEDULED, t.frame().routerState());
        t.drain();
        assertEquals(List.of("A"), t.state().names());
    }

    @Test
    void workThatThrowsLeavesItsEventsScheduled() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> t.frame().handleAfter(() -> {
            t.frame().dispatch(new Named("A"));
            throw new IllegalStateException("callback failed");
        }));

        assertEquals("callback failed", thrown.getMessage());
        assertEquals(List.of(), t.state().names());
        assertEquals(RouterState.SCHEDULED, t.frame().routerState());
        t.drain();
        assertEquals(List.of("A"), t.state().names());
    }

    @Test
    void nestedWorkWaitsForOuterWork() {
        t.frame().handleAfter(() -> {
            t.frame().dispatch(new Named("outer"));
            t.frame().handleAfter(() -> t.frame().dispatch(new Named("inner")));
            assertEquals(List.of(), t.state().names());
        });

        assertEquals(List.of("outer", "inner"), t.state().names());
    }
}
