package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures without onFailure, and factories that throw, reach the error handler. */
class ErrorReportingTest {

    private final HttpFixture f = new HttpFixture();

    @Test
    void failureWithoutOnFailureReported() {
        HttpRequest request = HttpRequest.get("/api").retry(RetryPolicy.NONE).build();
        f.run(request);
        f.transport.last().respond(404, "text/plain", "no");
        f.drain();

        assertEquals(1, f.t.errors().size());
        FrameError error = f.t.errors().get(0);
        assertEquals(Phase.ASYNC_EFFECT, error.phase());
        assertSame(request, error.source());
        HttpFailure failure = assertInstanceOf(HttpFailureException.class, error.cause()).failure();
        assertEquals(404, failure.status());
        assertTrue(error.describe().contains("HTTP 404"), error.describe());
    }

    @Test
    void successWithoutOnSuccessIsFine() {
        f.run(HttpRequest.delete("/api/1").build());
        f.transport.last().respond(204, (String) null, "");
        f.drain();

        f.t.assertNoErrors();
        assertEquals(0, f.http.runningRequests());
    }

    @Test
    void throwingFactoryReportedAndQueueGoesOn() {
        f.run(HttpRequest.get("/broken").onSuccess(response -> {
            throw new IllegalStateException("cannot read " + response.status());
        }).build(), HttpFixture.get("/fine", "fine").build());
        f.transport.request(0).respondJson(200, "{}");
        f.transport.request(1).respondJson(200, "{}");
        f.drain();

        assertEquals(1, f.t.errors().size());
        FrameError error = f.t.errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals("cannot read 200", error.cause().getMessage());
        assertTrue(error.describe().contains("GET /broken"), error.describe());
        // The outcome of the second request was queued after the first and still ran.
        assertEquals(List.of("Ok fine"), f.handled);
    }

    @Test
    void nullEventDispatchesNothing() {
        f.run(HttpRequest.get("/api").onSuccess(response -> null).build());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        f.t.assertNoErrors();
    }
}
