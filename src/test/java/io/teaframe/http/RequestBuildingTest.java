package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.json.JsonBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request value and what the transport receives for it. */
class RequestBuildingTest {

    private final HttpFixture f = new HttpFixture();

    private TransportRequest sent(HttpRequest request) {
        f.run(request);
        return f.transport.last().request();
    }

    @Test
    void queryEncodedWithRepeatsAndLists() {
        HttpRequest request = HttpRequest.get("/api/search")
                .query("q", "a b&c=d/é")
                .query("tag", "x")
                .query("tag", "y")
                .query("id", List.of("1", "2"))
                .query("page", 3)
                .build();

        assertEquals("/api/search?q=a+b%26c%3Dd%2F%C3%A9&tag=x&tag=y&id=1&id=2&page=3", request.finalUrl());
        assertEquals("/api/search?q=a+b%26c%3Dd%2F%C3%A9&tag=x&tag=y&id=1&id=2&page=3", sent(request).url());
    }

    @Test
    void queryJoinsExistingQueryBeforeFragment() {
        assertEquals("/a?x=1&y=2#top", HttpRequest.get("/a?x=1#top").query("y", "2").build().finalUrl());
        assertEquals("/a?y=2", HttpRequest.get("/a?").query("y", "2").build().finalUrl());
        assertEquals("/a", HttpRequest.get("/a").build().finalUrl());
    }

    @Test
    void jsonBodySetsContentType() {
        TransportRequest sent = sent(HttpRequest.post("/api").json("{\"a\":1}").build());

        assertEquals("application/json", sent.headers().first("Content-Type"));
        assertEquals(RequestBody.json("{\"a\":1}"), sent.body());
    }

    @Test
    void jsonBuilderBodySetsContentType() {
        TransportRequest sent = sent(HttpRequest.post("/api").json(JsonBuilder.object().put("a", "b")).build());

        assertEquals("application/json", sent.headers().first("Content-Type"));
        assertEquals("{\"a\":\"b\"}", ((RequestBody.JsonBody) sent.body()).json());
    }

    @Test
    void formBodySetsContentType() {
        TransportRequest sent = sent(HttpRequest.post("/login").form("user", "ada l", "pass", "p&w").build());

        assertEquals("application/x-www-form-urlencoded;charset=UTF-8", sent.headers().first("Content-Type"));
        assertEquals("user=ada+l&pass=p%26w", ((RequestBody.FormBody) sent.body()).encoded());
    }

    @Test
    void textBodySetsContentType() {
        TransportRequest sent = sent(HttpRequest.put("/note").text("hello").build());

        assertEquals("text/plain;charset=UTF-8", sent.headers().first("Content-Type"));
    }

    @Test
    void bytesBodySetsItsContentType() {
        TransportRequest sent = sent(HttpRequest.put("/blob").bytes(new byte[] {1, 2}, "image/png").build());

        assertEquals("image/png", sent.headers().first("Content-Type"));
    }

    @Test
    void multipartBodyLeavesContentTypeToBrowser() {
        RequestBody.MultipartBody body = RequestBody.multipart().field("name", "a")
                .file("photo", "a.png", "image/png", new byte[] {1});
        TransportRequest sent = sent(HttpRequest.post("/upload").multipart(body).build());

        assertFalse(sent.headers().contains("Content-Type"));
        assertEquals(2, ((RequestBody.MultipartBody) sent.body()).parts().size());
    }

    @Test
    void explicitContentTypeWins() {
        TransportRequest sent = sent(HttpRequest.post("/api").header("Content-Type", "application/merge-patch+json")
                .json("{}").build());

        assertEquals(List.of("application/merge-patch+json"), sent.headers().all("Content-Type"));
    }

    @Test
    void jsonFormatAsksForJson() {
        assertEquals("application/json",
                sent(HttpRequest.get("/a").format(ResponseFormat.JSON).build()).headers().first("Accept"));
        assertNull(sent(HttpRequest.get("/b").build()).headers().first("Accept"));
    }

    @Test
    void defaults() {
        HttpRequest request = HttpRequest.get("/a").build();

        assertEquals(ResponseFormat.AUTO, request.format());
        assertEquals(30_000, request.timeoutMillis());
        assertEquals(Credentials.SAME_ORIGIN, request.credentials());
        assertEquals(RetryPolicy.DEFAULT, request.effectiveRetry());
        assertEquals(RetryPolicy.NONE, HttpRequest.post("/a").build().effectiveRetry());
        assertEquals(RetryPolicy.NONE, HttpRequest.patch("/a").build().effectiveRetry());
        assertEquals(RetryPolicy.DEFAULT, HttpRequest.put("/a").build().effectiveRetry());
        assertEquals(RetryPolicy.DEFAULT, HttpRequest.delete("/a").build().effectiveRetry());
        assertNull(request.cache());
        assertTrue(request.authRefresh());
        assertEquals("HEAD", HttpRequest.builder("head", "/a").build().method());
    }

    @Test
    void cacheOnlyForGet() {
        assertThrows(IllegalStateException.class,
                () -> HttpRequest.post("/a").cache(CachePolicy.ttl(1000)).build());
    }

    @Test
    void cacheKeyDefaultsToMethodAndUrl() {
        assertEquals("GET /a?p=1", HttpRequest.get("/a").query("p", "1").cache(CachePolicy.ttl(1)).build().cacheKey());
        assertEquals("users",
                HttpRequest.get("/a").cache(CachePolicy.ttl(1).withKey("users")).build().cacheKey());
    }

    @Test
    void toStringHidesCredentialsQueryAndBody() {
        HttpRequest request = HttpRequest.post("/api/login?token=secret1")
                .query("key", "secret2")
                .header("Authorization", "Bearer secret3")
                .header("X-Trace", "visible")
                .form("password", "secret4")
                .id("login")
                .build();

        String text = request.toString();

        assertFalse(text.contains("secret"), text);
        assertTrue(text.contains("POST /api/login?…"), text);
        assertTrue(text.contains("X-Trace: visible"), text);
        assertTrue(text.contains("id=login"), text);
    }
}
