package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static io.teaframe.http.HttpFixture.recorded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.port.LogLevel;
import io.teaframe.testkit.RecordingLogger;
import org.junit.jupiter.api.Test;

/** Request interceptors, and credentials only for trusted origins. */
class InterceptorTest {

    private final HttpFixture f = new HttpFixture();

    {
        f.http.addInterceptor("auth", RequestInterceptors.bearerToken(HttpFixture.App::token));
        f.http.addInterceptor("csrf", RequestInterceptors.csrfHeader("X-CSRF-Token", HttpFixture.App::csrf));
    }

    private Headers sentHeaders(HttpRequest request) {
        f.run(request);
        return f.transport.last().request().headers();
    }

    @Test
    void bearerTokenFromState() {
        assertEquals("Bearer t1", sentHeaders(HttpRequest.get("/api").build()).first("Authorization"));
    }

    @Test
    void csrfHeaderOnlyOnUnsafeMethods() {
        assertNull(sentHeaders(HttpRequest.get("/api").build()).first("X-CSRF-Token"));
        assertEquals("c1", sentHeaders(HttpRequest.post("/api").build()).first("X-CSRF-Token"));
        assertEquals("c1", sentHeaders(HttpRequest.delete("/api").build()).first("X-CSRF-Token"));
    }

    @Test
    void noTokenNoHeader() {
        f.t.frame().dispatchSync(new HttpFixture.SetToken(null));

        assertFalse(sentHeaders(HttpRequest.get("/api").build()).contains("Authorization"));
    }

    @Test
    void pageOriginIsTrusted() {
        Headers headers = sentHeaders(HttpRequest.get("http://127.0.0.1:8080/api").build());

        assertEquals("Bearer t1", headers.first("Authorization"));
    }

    @Test
    void untrustedOriginGetsNoCredentials() {
        f.run(HttpRequest.post("https://elsewhere.example/api").credentials(Credentials.INCLUDE).build());
        TransportRequest sent = f.transport.last().request();

        assertFalse(sent.headers().contains("Authorization"));
        assertFalse(sent.headers().contains("X-CSRF-Token"));
        assertEquals(Credentials.SAME_ORIGIN, sent.credentials());
    }

    @Test
    void protocolRelativeUrlOfOtherHostIsUntrusted() {
        assertFalse(sentHeaders(HttpRequest.get("//elsewhere.example/api").build()).contains("Authorization"));
    }

    @Test
    void listedOriginGetsCredentials() {
        f.http.trustOrigin("https://API.example.com:443");

        f.run(HttpRequest.get("https://api.example.com/v1/me").credentials(Credentials.INCLUDE).build());
        TransportRequest sent = f.transport.last().request();

        assertEquals("Bearer t1", sent.headers().first("Authorization"));
        assertEquals(Credentials.INCLUDE, sent.credentials());
    }

    @Test
    void lookalikeOriginIsUntrusted() {
        f.http.trustOrigin("https://api.example.com");

        assertFalse(sentHeaders(HttpRequest.get("https://api.example.com.evil.example/x").build())
                .contains("Authorization"));
        assertFalse(sentHeaders(HttpRequest.get("http://api.example.com/x").build()).contains("Authorization"));
    }

    @Test
    void interceptorsRunAgainForRetry() {
        f.run(HttpRequest.get("/api").retry(RetryPolicy.retries(1).withJitter(0)).build());
        f.t.frame().dispatchSync(new HttpFixture.SetToken("t2"));
        f.transport.last().respond(503, "text/plain", "busy");
        f.drain().advance(1000);

        assertEquals("Bearer t2", f.transport.last().request().headers().first("Authorization"));
    }

    @Test
    void interceptorReplacedById() {
        f.http.addInterceptor("auth", (state, request) -> request.withHeader("Authorization", "Basic x"));

        assertEquals("Basic x", sentHeaders(HttpRequest.get("/api").build()).first("Authorization"));
    }

    @Test
    void throwingInterceptorReportsAndAborts() {
        f.http.addInterceptor("broken", (state, request) -> {
            throw new IllegalStateException("no session");
        });

        f.run(get("/api", "b").build());

        assertEquals(0, f.transport.count());
        assertEquals(FailureKind.ABORTED, f.onlyFailure().kind());
        assertEquals(1, f.t.errors().size());
        assertEquals(Phase.ASYNC_EFFECT, f.t.errors().get(0).phase());
        assertEquals("broken", f.t.errors().get(0).interceptorId());
    }

    @Test
    void tokenNeverLogged() {
        f.t.frame().dispatchSync(new HttpFixture.SetToken("s3cr3t"));
        f.t.frame().setErrorHandler(error -> f.t.logger().error(error.describe(), error.cause()));
        f.run(recorded(HttpRequest.get("/api"), "x").retry(RetryPolicy.retries(1).withJitter(0)).build());
        f.transport.last().respond(503, "text/plain", "busy");
        f.drain().advance(1000);
        f.transport.last().failNetwork("reset");
        f.drain();
        f.run(HttpRequest.get("/other").retry(RetryPolicy.NONE).build());
        f.transport.last().respond(500, "text/plain", "down");
        f.drain();

        RecordingLogger logger = f.t.logger();
        assertFalse(logger.entries().isEmpty());
        for (RecordingLogger.Entry entry : logger.entries()) {
            String text = entry.message() + " " + entry.cause();
            assertFalse(text.contains("s3cr3t"), text);
        }
        assertTrue(f.failures.get(0).failure().toString().contains("/api"));
        assertFalse(f.failures.get(0).failure().toString().contains("s3cr3t"));
        assertTrue(logger.messages(LogLevel.ERROR).get(0).contains("/other"));
    }
}
