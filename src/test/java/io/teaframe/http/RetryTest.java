package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static io.teaframe.http.HttpFixture.recorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.SeededRandom;
import io.teaframe.testkit.TestFrame;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries on virtual time: backoff, Retry-After, only the final failure, offline waits. */
class RetryTest {

    private final HttpFixture f = new HttpFixture();

    /** Fails the last request with 503 and runs its callback. */
    private void failLast() {
        f.transport.last().respond(503, "text/plain", "busy");
        f.drain();
    }

    /** Advances to one ms before {@code millis}, checks nothing was sent, then to it. */
    private void expectRetryAfter(double millis, int requestsBefore) {
        f.advance(millis - 1);
        assertEquals(requestsBefore, f.transport.count(), "sent before its backoff ended");
        f.advance(1);
        assertEquals(requestsBefore + 1, f.transport.count(), "not sent when its backoff ended");
    }

    @Test
    void backoffWithSeededJitter() {
        // The frame's random source is a SeededRandom with the default seed; the same
        // seed here gives the jitter values the retries draw, in order.
        SeededRandom random = new SeededRandom(TestFrame.DEFAULT_SEED);
        f.run(get("/api", "r").build());

        for (int retry = 0; retry < 3; retry++) {
            failLast();
            double expected = Math.ceil(RetryPolicy.DEFAULT.backoffMillis(retry, random.nextDouble()));
            double nominal = 1000 * Math.pow(2, retry);
            assertTrue(expected > nominal * 0.8 && expected <= nominal, "jitter out of range: " + expected);
            expectRetryAfter(expected, retry + 1);
        }
    }

    @Test
    void onlyFinalFailureDispatched() {
        f.run(get("/api", "r").retry(RetryPolicy.DEFAULT.withJitter(0)).build());

        for (int retry = 0; retry < 3; retry++) {
            failLast();
            assertTrue(f.failures.isEmpty(), "a failure was dispatched before the last attempt");
            f.advance(1000 * Math.pow(2, retry));
        }
        failLast();

        HttpFailure failure = f.onlyFailure();
        assertEquals(4, failure.attempts());
        assertEquals(503, failure.status());
        assertEquals(1000 + 2000 + 4000, failure.elapsedMillis());
    }

    @Test
    void successAfterRetry() {
        f.run(get("/api", "r").retry(RetryPolicy.DEFAULT.withJitter(0)).build());
        f.transport.last().failNetwork("offline");
        f.drain();
        f.advance(1000);
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(2, f.onlySuccess().attempts());
    }

    @Test
    void postNotRetriedByDefault() {
        f.run(recorded(HttpRequest.post("/api"), "p").json("{}").build());
        f.transport.last().respond(503, "text/plain", "busy");
        f.drain();
        f.advance(60_000);

        assertEquals(1, f.transport.count());
        assertEquals(1, f.onlyFailure().attempts());
    }

    @Test
    void postRetriedWhenRequestSaysSo() {
        f.run(recorded(HttpRequest.post("/api"), "p").json("{}").retry(RetryPolicy.retries(1).withJitter(0)).build());
        failLast();
        f.advance(1000);

        assertEquals(2, f.transport.count());
        assertEquals("{}", ((RequestBody.JsonBody) f.transport.last().request().body()).json());
    }

    @Test
    void notFoundNotRetried() {
        f.run(get("/api", "r").build());
        f.transport.last().respond(404, "text/plain", "no");
        f.drain();
        f.advance(60_000);

        assertEquals(1, f.transport.count());
        assertEquals(404, f.onlyFailure().status());
    }

    @Test
    void retryAfterSeconds() {
        f.run(get("/api", "r").build());
        f.transport.last().respond(429, Headers.of("Retry-After", "7"), "slow down");
        f.drain();

        expectRetryAfter(7_000, 1);
    }

    @Test
    void retryAfterSecondsCappedAtMaxDelay() {
        f.run(get("/api", "r").retry(RetryPolicy.DEFAULT.withBackoff(1000, 5000)).build());
        f.transport.last().respond(503, Headers.of("Retry-After", "3600"), "maintenance");
        f.drain();

        expectRetryAfter(5_000, 1);
    }

    @Test
    void retryAfterDateCountsFromDateHeader() {
        f.run(get("/api", "r").build());
        f.transport.last().respond(503, Headers.of(
                "Date", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Retry-After", "Sun, 06 Nov 1994 08:49:49 GMT"), "busy");
        f.drain();

        expectRetryAfter(12_000, 1);
    }

    @Test
    void retryAfterDateUsesWallClock() {
        f.t.time().setEpochMillis(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli());
        f.run(get("/api", "r").build());
        f.transport.last().respond(429, Headers.of("Retry-After", "Sun, 01 Mar 2026 10:00:20 GMT"), "busy");
        f.drain();

        expectRetryAfter(20_000, 1);
    }

    @Test
    void retryAfterDateCappedAtMaxDelay() {
        f.t.time().setEpochMillis(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli());
        f.run(get("/api", "r").build());
        f.transport.last().respond(429, Headers.of("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT"), "busy");
        f.drain();

        expectRetryAfter(30_000, 1);
    }

    @Test
    void retryWaitsWhileOffline() {
        f.run(get("/api", "r").id("load").retry(RetryPolicy.DEFAULT.withJitter(0)).build());
        f.connectivity.setOnline(false);
        f.transport.last().failNetwork("offline");
        f.drain();

        f.advance(600_000);
        assertEquals(1, f.transport.count());
        assertEquals("WAITING_FOR_ONLINE", f.http.stateOf("load"));
        assertEquals(1, f.connectivity.listenerCount());

        f.connectivity.setOnline(true);
        f.drain();
        assertEquals(2, f.transport.count());
        assertEquals(0, f.connectivity.listenerCount());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(2, f.onlySuccess().attempts());
    }

    @Test
    void offlineWaitEndsOnAbort() {
        f.run(get("/api", "r").id("load").build());
        f.connectivity.setOnline(false);
        f.transport.last().failNetwork("offline");
        f.drain();
        f.advance(2_000);
        assertEquals(1, f.connectivity.listenerCount());

        f.run(new AbortRequest("load"));

        assertEquals(0, f.connectivity.listenerCount());
        f.connectivity.setOnline(true);
        f.drain();
        assertEquals(1, f.transport.count());
        assertEquals(List.of("Failed r"), f.handled);
    }
}
