package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The response cache: TTL, stale-while-revalidate, de-duplication, invalidation, LRU. */
class CacheTest {

    private final HttpFixture f = new HttpFixture();

    private static HttpRequest users(String tag, CachePolicy policy) {
        return get("/api/users", tag).cache(policy).build();
    }

    /** Sends a cached request and responds to it with {@code body}. */
    private void load(String url, String body) {
        f.run(get(url, url).cache(CachePolicy.ttl(60_000)).build());
        f.transport.last().respondJson(200, body);
        f.drain();
    }

    @Test
    void freshEntryAnswersWithoutRequest() {
        f.run(users("first", CachePolicy.ttl(60_000)));
        f.transport.last().respondJson(200, "{\"n\":1}");
        f.drain();

        f.advance(59_999);
        f.run(users("second", CachePolicy.ttl(60_000)));

        assertEquals(1, f.transport.count());
        assertEquals(List.of("Ok first", "Ok second"), f.handled);
        HttpResponse cached = f.successes.get(1).response();
        assertTrue(cached.fromCache());
        assertEquals(1, cached.json().integer("n"));
        assertEquals(0, cached.attempts());
    }

    @Test
    void expiredEntryGoesToServer() {
        f.run(users("first", CachePolicy.ttl(60_000)));
        f.transport.last().respondJson(200, "{\"n\":1}");
        f.drain();

        f.advance(60_000);
        f.run(users("second", CachePolicy.ttl(60_000)));

        assertEquals(2, f.transport.count());
        assertEquals(List.of("Ok first"), f.handled);
    }

    @Test
    void staleWhileRevalidateAnswersTwice() {
        CachePolicy policy = CachePolicy.ttl(1_000).staleWhileRevalidate(10_000);
        f.run(users("first", policy));
        f.transport.last().respondJson(200, "{\"n\":1}");
        f.drain();

        f.advance(5_000);
        f.run(users("second", policy));
        assertEquals(2, f.transport.count());
        assertEquals(List.of("Ok first", "Ok second"), f.handled);
        assertTrue(f.successes.get(1).response().fromCache());

        f.transport.last().respondJson(200, "{\"n\":2}");
        f.drain();

        assertEquals(List.of("Ok first", "Ok second", "Ok second"), f.handled);
        HttpResponse fresh = f.successes.get(2).response();
        assertFalse(fresh.fromCache());
        assertEquals(2, fresh.json().integer("n"));

        // The background fetch stored its response.
        f.run(users("third", policy));
        assertEquals(2, f.successes.get(3).response().json().integer("n"));
        assertEquals(2, f.transport.count());
    }

    @Test
    void failedRevalidationKeepsStaleEntrySilently() {
        CachePolicy policy = CachePolicy.ttl(1_000).staleWhileRevalidate(10_000);
        f.run(users("first", policy));
        f.transport.last().respondJson(200, "{\"n\":1}");
        f.drain();
        f.advance(5_000);

        f.run(get("/api/users", "second").cache(policy).retry(RetryPolicy.NONE).build());
        f.transport.last().respond(500, "text/plain", "down");
        f.drain();

        assertEquals(List.of("Ok first", "Ok second"), f.handled);
        assertEquals(0, f.http.runningRequests());
        f.t.assertNoErrors();
    }

    @Test
    void identicalGetsShareOneRequest() {
        f.run(get("/api/users", "a").build(), get("/api/users", "b").build());

        assertEquals(1, f.transport.count());
        f.transport.last().respondJson(200, "{\"n\":1}");
        f.drain();

        assertEquals(List.of("Ok a", "Ok b"), f.handled);
        assertEquals(1, f.successes.get(1).response().json().integer("n"));
    }

    @Test
    void sharedRequestSurvivesOneAbort() {
        f.run(get("/api/users", "a").id("a").build(), get("/api/users", "b").build());

        f.run(new AbortRequest("a"));
        assertFalse(f.transport.last().isCancelled());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("Failed a", "Ok b"), f.handled);
    }

    @Test
    void differentUrlsOrPostsAreNotShared() {
        f.run(get("/api/users?p=1", "a").build(), get("/api/users?p=2", "b").build());
        f.run(HttpRequest.post("/api/users").build(), HttpRequest.post("/api/users").build());

        assertEquals(4, f.transport.count());
    }

    @Test
    void invalidateByKey() {
        load("/api/users", "{}");
        load("/api/teams", "{}");

        f.run(InvalidateCache.key("GET /api/users"));

        assertEquals(List.of("GET /api/teams"), f.http.cacheKeys());
    }

    @Test
    void invalidateByPrefix() {
        load("/api/users?page=1", "{}");
        load("/api/users?page=2", "{}");
        load("/api/teams", "{}");

        f.run(InvalidateCache.prefix("GET /api/users"));

        assertEquals(List.of("GET /api/teams"), f.http.cacheKeys());
        f.run(get("/api/users?page=1", "again").cache(CachePolicy.ttl(60_000)).build());
        assertEquals(4, f.transport.count());
    }

    @Test
    void leastRecentlyUsedEvicted() {
        f.http.setCacheCapacity(2);
        load("/a", "{}");
        load("/b", "{}");
        // Reading /a makes /b the least recently used.
        f.run(get("/a", "read").cache(CachePolicy.ttl(60_000)).build());

        load("/c", "{}");

        assertEquals(List.of("GET /a", "GET /c"), f.http.cacheKeys());
    }

    @Test
    void defaultCapacityIsOneHundred() {
        for (int i = 0; i < 101; i++) {
            load("/item/" + i, "{}");
        }

        assertEquals(100, f.http.cacheKeys().size());
        assertEquals("GET /item/1", f.http.cacheKeys().get(0));
    }

    @Test
    void failuresNotCached() {
        f.run(get("/api", "a").cache(CachePolicy.ttl(60_000)).retry(RetryPolicy.NONE).build());
        f.transport.last().respond(500, "text/plain", "down");
        f.drain();
        f.run(get("/api", "b").cache(CachePolicy.ttl(60_000)).format(ResponseFormat.JSON).build());
        f.transport.last().respondJson(200, "{oops");
        f.drain();

        assertTrue(f.http.cacheKeys().isEmpty());
        f.run(get("/api", "c").cache(CachePolicy.ttl(60_000)).build());
        assertEquals(3, f.transport.count());
    }

    @Test
    void customKey() {
        f.run(get("/api/me", "a").cache(CachePolicy.ttl(60_000).withKey("me")).build());
        f.transport.last().respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("me"), f.http.cacheKeys());
    }
}
