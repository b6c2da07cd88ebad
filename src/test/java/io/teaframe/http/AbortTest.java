package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Aborting by id and by group, superseding, and an abort against a response in the same tick. */
class AbortTest {

    private final HttpFixture f = new HttpFixture();

    @Test
    void supersedingIsSilent() {
        f.run(get("/search?q=a", "old").id("search").build());
        FakeTransportRequest old = new FakeTransportRequest(f, 0);

        f.run(get("/search?q=ab", "new").id("search").build());
        assertTrue(old.cancelled());
        f.transport.request(1).respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Ok new"), f.handled);
        f.t.assertNoErrors();
        assertEquals(0, f.http.runningRequests());
    }

    @Test
    void supersedingDropsQueuedOutcome() {
        f.run(get("/search?q=a", "old").id("search").build());
        // The old response's callback runs first and queues its outcome event behind
        // the event that sends the new request.
        f.transport.last().respondJson(200, "{}");
        f.t.dispatch(HttpFixture.Run.of(get("/search?q=ab", "new").id("search").build()));
        f.drain();
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Ok new"), f.handled);
    }

    @Test
    void abortByIdTellsOnFailure() {
        f.run(get("/api", "a").id("load").build());

        f.run(new AbortRequest("load"));

        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.ABORTED, failure.kind());
        assertEquals(1, failure.attempts());
        assertTrue(f.transport.last().isCancelled());
        assertNull(f.http.stateOf("load"));
        f.t.assertNoErrors();
    }

    @Test
    void abortWithoutOnFailureIsSilent() {
        f.run(HttpRequest.get("/api").id("load").build());

        f.run(new AbortRequest("load"));

        assertTrue(f.t.errors().isEmpty());
        assertTrue(f.transport.last().isCancelled());
    }

    @Test
    void abortUnknownIdDoesNothing() {
        f.run(new AbortRequest("nothing"));

        f.t.assertNoErrors();
    }

    @Test
    void abortByGroup() {
        f.run(get("/a", "a").group("view-1").build(), get("/b", "b").group("view-1").build(),
                get("/c", "c").group("view-2").build());

        f.run(new AbortGroup("view-1"));
        f.transport.request(2).respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Failed a", "Failed b", "Ok c"), f.handled);
        assertEquals(FailureKind.ABORTED, f.failures.get(0).failure().kind());
        assertTrue(f.transport.request(0).isCancelled());
        assertTrue(f.transport.request(1).isCancelled());
        assertFalse(f.transport.request(2).isCancelled());
    }

    @Test
    void abortWinsOverResponseInSameTick() {
        f.run(get("/api", "a").id("load").build());

        // The response callback runs first and queues the outcome event; the abort
        // event was queued before it, so it is handled first.
        f.transport.last().respondJson(200, "{}");
        f.t.dispatch(HttpFixture.Run.of(new AbortRequest("load")));
        f.drain();

        assertEquals(List.of("Failed a"), f.handled);
        assertEquals(FailureKind.ABORTED, f.onlyFailure().kind());
    }

    @Test
    void abortWinsOverFailureInSameTick() {
        f.run(HttpRequest.get("/api").id("load").retry(RetryPolicy.NONE).build());

        f.transport.last().respond(500, "text/plain", "boom");
        f.t.dispatch(HttpFixture.Run.of(new AbortRequest("load")));
        f.drain();

        // Without the abort this failure would reach the error handler.
        assertTrue(f.t.errors().isEmpty());
    }

    @Test
    void abortAfterDeliveryDoesNothing() {
        f.run(get("/api", "a").id("load").build());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        f.run(new AbortRequest("load"));

        assertEquals(List.of("Ok a"), f.handled);
    }

    @Test
    void abortDuringRetryWaitStopsRetry() {
        f.run(get("/api", "a").id("load").build());
        f.transport.last().respond(503, "text/plain", "busy");
        f.drain();
        assertEquals("WAITING_TO_RETRY", f.http.stateOf("load"));

        f.run(new AbortRequest("load"));
        f.advance(60_000);

        assertEquals(1, f.transport.count());
        assertEquals(FailureKind.ABORTED, f.onlyFailure().kind());
    }

    /** A sent request seen by index, for readability. */
    private record FakeTransportRequest(HttpFixture fixture, int index) {
        boolean cancelled() {
            return fixture.transport.request(index).isCancelled();
        }
    }
}
