package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.Platform;
import io.teaframe.port.SharedTimerScheduler;
import io.teaframe.testkit.TestFrame;
import org.junit.jupiter.api.Test;

/** The timeout of each attempt covers the body too, and aborts the fetch. */
class TimeoutTest {

    private final HttpFixture f = new HttpFixture();

    @Test
    void stalledBodyTimesOutAndCancelsFetch() {
        f.run(get("/api", "s").retry(RetryPolicy.NONE).build());
        // The test never responds, so the request stalls as a body that stops arriving would.
        assertEquals(1, f.transport.open().size());

        f.advance(29_999);
        assertTrue(f.failures.isEmpty());
        assertFalse(f.transport.last().isCancelled());

        f.advance(1);
        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.TIMEOUT, failure.kind());
        assertEquals(30_000, failure.elapsedMillis());
        assertTrue(f.transport.last().isCancelled());
        assertEquals("timed out after 30000 ms", failure.message());
    }

    @Test
    void bodyArrivingAfterTimeoutIsIgnored() {
        f.run(get("/api", "s").retry(RetryPolicy.NONE).timeout(1_000).build());
        // The headers may have come in time; the whole body arrives only after 1.5 s.
        f.transport.last().respondAfter(1_500, 200, Headers.EMPTY, "late");

        f.advance(2_000);

        assertEquals(FailureKind.TIMEOUT, f.onlyFailure().kind());
    }

    @Test
    void responseWithinTimeoutSucceeds() {
        f.run(get("/api", "s").timeout(1_000).build());
        f.transport.last().respondAfter(999, 200, Headers.EMPTY, "ok");

        f.advance(5_000);

        assertEquals("ok", f.onlySuccess().text());
    }

    @Test
    void zeroTimeoutMeansNone() {
        f.run(get("/api", "s").timeout(0).build());

        f.advance(3_600_000);

        assertTrue(f.failures.isEmpty());
        assertEquals(1, f.transport.open().size());
    }

    @Test
    void timeoutsUseGivenTimers() {
        TestFrame<HttpFixture.App> frame = TestFrame.create(new HttpFixture.App("t1", "c1"));
        Platform platform = frame.frame().platform();
        SharedTimerScheduler timers = new SharedTimerScheduler(platform.scheduler(), platform.clock());
        HttpFixture shared = new HttpFixture(frame, timers);

        shared.run(get("/api", "answered").retry(RetryPolicy.NONE).build());
        assertEquals(1, timers.pendingShared());
        shared.transport.last().respond(200, "text/plain", "ok");
        shared.drain();
        assertEquals(0, timers.pendingShared());

        shared.run(get("/api", "stalled").retry(RetryPolicy.NONE).build());
        shared.advance(30_000);
        assertEquals(1, shared.successes.size());
        assertEquals(1, shared.failures.size());
        assertEquals(FailureKind.TIMEOUT, shared.failures.get(0).failure().kind());
    }

    @Test
    void timeoutIsRetried() {
        f.run(get("/api", "s").timeout(1_000).retry(RetryPolicy.retries(1).withJitter(0)).build());

        f.advance(1_000);
        assertEquals(1, f.transport.count());
        f.advance(1_000);
        assertEquals(2, f.transport.count());
        f.transport.last().respond(200, "text/plain", "second");
        f.drain();

        assertEquals(2, f.onlySuccess().attempts());
    }
}
