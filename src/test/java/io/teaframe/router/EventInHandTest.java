package io.teaframe.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.RecordingLogger;
import io.teaframe.testkit.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the router reports about the event it handles. A queued event stays the head of the
 * queue until it is done, so these tests check that the router still reports it as the
 * event in hand, and not as one that waits.
 */
class EventInHandTest {

    /** What the processor saw while it handled one event. */
    record Seen(Object event, Object current, boolean handling, int queued) {
    }

    record Named(String name) {
    }

    /** Resolves to its target when the router reaches it, as an HTTP outcome does. */
    record Late(Object target) implements LateEvent {
        @Override
        public Object resolve() {
            return target;
        }
    }

    private final VirtualTime time = new VirtualTime();
    private final RecordingLogger logger = new RecordingLogger();
    private final List<Seen> seen = new ArrayList<>();
    private final List<Object> runEnds = new ArrayList<>();
    private Function<Object, Object> onEvent = event -> null;
    private final Router router = new Router(time, time, logger, new EventProcessor() {
        @Override
        public Object process(Object event, Class<?> eventClass, double startMillis) {
            if (event instanceof Late late) {
                return late.resolve();
            }
            seen.add(new Seen(event, router().currentEvent(), router().isHandling(), router().queued()));
            return onEvent.apply(event);
        }

        @Override
        public void runEnded(Object lastEvent) {
            runEnds.add(lastEvent);
        }
    });

    private Router router() {
        return router;
    }

    @Test
    void queuedEventIsInHandAndNotWaiting() {
        Named a = new Named("A");
        Named b = new Named("B");
        Named c = new Named("C");
        router.dispatch(a);
        router.dispatch(b);
        router.dispatch(c);

        time.runDue();

        assertEquals(List.of(
                new Seen(a, a, true, 2),
                new Seen(b, b, true, 1),
                new Seen(c, c, true, 0)), seen);
        assertFalse(router.isHandling());
        assertNull(router.currentEvent());
        assertEquals(0, router.queued());
        assertEquals(RouterState.IDLE, router.state());
    }

    @Test
    void dispatchedEventsWaitBehindEventInHand() {
        Named a = new Named("A");
        Named b = new Named("B");
        List<Object> afterDispatch = new ArrayList<>();
        onEvent = event -> {
            if (event == a) {
                router.dispatch(b);
                // Recorded, not asserted here, because the router catches what the
                // processor throws.
                afterDispatch.add(router.queued());
                afterDispatch.add(router.currentEvent());
            }
            return null;
        };
        router.dispatch(a);

        time.runDue();

        // B waits, and A is still in hand.
        assertEquals(List.of(1, a), afterDispatch);
        assertEquals(List.of(new Seen(a, a, true, 0), new Seen(b, b, true, 0)), seen);
        assertEquals(0, router.queued());
    }

    @Test
    void resolvedEventReplacesLateEventInHand() {
        Named target = new Named("target");
        Named after = new Named("after");
        router.dispatch(new Late(target));
        router.dispatch(after);

        time.runDue();

        assertEquals(List.of(new Seen(target, target, true, 1), new Seen(after, after, true, 0)), seen);
        assertNull(router.currentEvent());
    }

    @Test
    void runEndNamesResolvedEvent() {
        Named target = new Named("target");
        router.dispatch(new Late(target));

        time.runDue();

        // Errors of the subscription update name the app's event, not the late one.
        assertEquals(List.of(target), runEnds);
    }

    @Test
    void dispatchSyncResolvesLateEvent() {
        Named target = new Named("target");

        router.dispatchSync(new Late(target));

        assertEquals(List.of(new Seen(target, target, true, 0)), seen);
        assertEquals(List.of(target), runEnds);
    }

    @Test
    void dispatchSyncErrorNamesEventInHand() {
        Named a = new Named("A");
        List<String> messages = new ArrayList<>();
        onEvent = event -> {
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> router.dispatchSync(new Named("inner")));
            messages.add(thrown.getMessage());
            return null;
        };
        router.dispatch(a);

        time.runDue();

        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("while handling " + a), messages.get(0));
        assertEquals(1, seen.size());
    }

    @Test
    void dispatchSyncKeepsQueuedEventsWaiting() {
        Named queued = new Named("queued");
        Named now = new Named("now");
        router.dispatch(queued);

        router.dispatchSync(now);

        assertEquals(List.of(new Seen(now, now, true, 1)), seen);
        assertEquals(1, router.queued());
        time.runDue();
        assertEquals(new Seen(queued, queued, true, 0), seen.get(1));
    }

    @Test
    void eventWhoseProcessingFailsLeavesTheQueue() {
        Named failing = new Named("failing");
        Named next = new Named("next");
        onEvent = event -> {
            if (event == failing) {
                throw new IllegalStateException("boom");
            }
            return null;
        };
        router.dispatch(failing);
        router.dispatch(next);

        time.runDue();

        // The router logs what the processor threw and goes on with the next event.
        assertEquals(List.of(new Seen(failing, failing, true, 1), new Seen(next, next, true, 0)), seen);
        assertEquals(0, router.queued());
        assertFalse(router.isHandling());
        assertEquals(1, logger.entries().size());
        assertEquals(List.of(next), runEnds);
    }
}
