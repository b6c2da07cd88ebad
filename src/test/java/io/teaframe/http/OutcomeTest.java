package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.json.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Successes and each failure kind, decoded by the response format. */
class OutcomeTest {

    private final HttpFixture f = new HttpFixture();

    @Test
    void jsonSuccess() {
        f.run(get("/api/user", "u").build());
        f.transport.last().respondJson(200, "{\"name\":\"Ada\"}");
        f.drain();

        HttpResponse response = f.onlySuccess();
        assertEquals(200, response.status());
        assertEquals("OK", response.statusText());
        assertEquals("Ada", response.json().string("name"));
        assertEquals("application/json", response.headers().first("content-type"));
        assertEquals(1, response.attempts());
        assertFalse(response.fromCache());
        f.t.assertNoErrors();
    }

    @Test
    void autoFormatKeepsTextAsText() {
        f.run(get("/page", "p").build());
        f.transport.last().respond(200, "text/html", "<p>hi</p>");
        f.drain();

        assertEquals("<p>hi</p>", f.onlySuccess().text());
    }

    @Test
    void autoFormatReadsOtherTypesAsBytes() {
        f.run(get("/img", "i").build());
        f.transport.last().respond(200, "image/png", "PNG");
        f.drain();

        HttpResponse response = f.onlySuccess();
        assertArrayEquals("PNG".getBytes(StandardCharsets.UTF_8), response.bytes());
        assertEquals("PNG", response.text());
    }

    @Test
    void textFormatKeepsJsonAsText() {
        f.run(get("/api", "t").format(ResponseFormat.TEXT).build());
        f.transport.last().respondJson(200, "{\"a\":1}");
        f.drain();

        assertEquals("{\"a\":1}", f.onlySuccess().text());
    }

    @Test
    void elapsedCountsFromTheEffect() {
        f.run(get("/slow", "s").build());
        f.transport.last().respondAfter(250, 200, Headers.EMPTY, "x");
        f.advance(250);

        assertEquals(250, f.onlySuccess().elapsedMillis());
    }

    @Test
    void noContentIsEmptyBody() {
        for (int status : new int[] {204, 205}) {
            HttpFixture g = new HttpFixture();
            g.run(get("/api", "n").format(ResponseFormat.JSON).build());
            g.transport.last().respondJson(status, "");
            g.drain();

            HttpResponse response = g.onlySuccess();
            assertEquals(status, response.status());
            assertTrue(response.isEmpty());
            assertEquals("", response.text());
            assertThrows(IllegalStateException.class, response::json);
        }
    }

    @Test
    void emptyJsonBodyIsEmptyNotDecodeFailure() {
        f.run(get("/api", "e").format(ResponseFormat.JSON).build());
        f.transport.last().respondJson(200, "");
        f.drain();

        assertTrue(f.onlySuccess().isEmpty());
    }

    @Test
    void invalidJsonIsDecodeFailureWithRawText() {
        f.run(get("/api", "d").format(ResponseFormat.JSON).build());
        f.transport.last().respondJson(200, "{not json");
        f.drain();

        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.DECODE, failure.kind());
        assertEquals(200, failure.status());
        assertEquals("{not json", failure.text());
        assertNull(failure.json());
        assertEquals(1, failure.attempts());
    }

    @Test
    void htmlBadGatewayIsHttpFailure() {
        f.run(get("/api", "g").format(ResponseFormat.JSON).retry(RetryPolicy.NONE).build());
        f.transport.last().respond(502, "text/html", "<html>Bad Gateway</html>");
        f.drain();

        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.HTTP, failure.kind());
        assertEquals(502, failure.status());
        assertEquals("Bad Gateway", failure.statusText());
        assertEquals("<html>Bad Gateway</html>", failure.text());
        assertNull(failure.json());
        assertEquals("HTTP 502 Bad Gateway", failure.message());
    }

    @Test
    void jsonErrorBodyIsDecoded() {
        f.run(get("/api", "v").build());
        f.transport.last().respond(422, Headers.of("Content-Type", "application/problem+json", "X-Id", "7"),
                "{\"detail\":\"name missing\"}");
        f.drain();

        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.HTTP, failure.kind());
        assertEquals("name missing", failure.json().string("detail"));
        assertEquals("{\"detail\":\"name missing\"}", failure.text());
        assertEquals("7", failure.headers().first("x-id"));
    }

    @Test
    void networkErrorIsNetworkFailure() {
        f.run(get("/api", "x").retry(RetryPolicy.NONE).build());
        f.transport.last().failNetwork("connection refused");
        f.drain();

        HttpFailure failure = f.onlyFailure();
        assertEquals(FailureKind.NETWORK, failure.kind());
        assertEquals(0, failure.status());
        assertEquals("", failure.text());
        assertTrue(failure.message().contains("connection refused"), failure.message());
        assertEquals("/api", failure.request().url());
    }

    @Test
    void textBodyParsedAsJsonOnRequest() {
        f.run(get("/api", "l").build());
        f.transport.last().respond(200, (String) null, "[1,2]");
        f.drain();

        HttpResponse response = f.onlySuccess();
        assertEquals(2, response.json().size());
    }

    @Test
    void nonJsonTextThrowsOnJson() {
        f.run(get("/api", "l").build());
        f.transport.last().respond(200, "text/plain", "hello");
        f.drain();

        assertThrows(JsonSyntaxException.class, f.onlySuccess()::json);
    }
}
