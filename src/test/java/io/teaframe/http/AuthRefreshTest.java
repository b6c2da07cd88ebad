package io.teaframe.http;

import static io.teaframe.http.HttpFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One token refresh for any number of 401s, then the replay with the new token. */
class AuthRefreshTest {

    private final HttpFixture f = new HttpFixture();
    private int refreshRequestsBuilt;

    {
        f.http.addInterceptor("auth", RequestInterceptors.bearerToken(HttpFixture.App::token));
        f.http.refreshTokenWith(state -> {
            refreshRequestsBuilt++;
            return HttpRequest.post("/auth/refresh")
                    .onSuccess(response -> new HttpFixture.SetToken(response.json().string("token")))
                    .onFailure(failure -> new HttpFixture.Failed("refresh", failure))
                    .build();
        });
    }

    @Test
    void concurrent401sRefreshOnceAndReplay() {
        f.run(get("/a", "a").build(), get("/b", "b").build());
        f.transport.request(0).respond(401, "text/plain", "expired");
        f.transport.request(1).respond(401, "text/plain", "expired");
        f.drain();

        assertEquals(3, f.transport.count());
        assertEquals("/auth/refresh", f.transport.last().request().url());
        assertEquals(1, refreshRequestsBuilt);

        f.transport.last().respondJson(200, "{\"token\":\"t2\"}");
        f.drain();

        assertEquals(5, f.transport.count());
        assertEquals("Bearer t2", f.transport.request(3).request().headers().first("Authorization"));
        assertEquals("Bearer t2", f.transport.request(4).request().headers().first("Authorization"));
        f.transport.request(3).respondJson(200, "{}");
        f.transport.request(4).respondJson(200, "{}");
        f.drain();

        assertEquals(List.of("SetToken t2", "Ok a", "Ok b"), f.handled);
        assertEquals(2, f.successes.get(0).response().attempts());
        f.t.assertNoErrors();
    }

    @Test
    void refreshFailureFailsWaitingWith401() {
        f.run(get("/a", "a").build(), get("/b", "b").build());
        f.transport.request(0).respond(401, "text/plain", "expired");
        f.transport.request(1).respond(401, "text/plain", "expired");
        f.drain();

        f.transport.last().respond(400, "text/plain", "refresh token revoked");
        f.drain();

        assertEquals(3, f.transport.count());
        // The refresh's own failure event comes first: the waiting requests' events
        // take one more turn through the queue.
        assertEquals(List.of("Failed refresh", "Failed a", "Failed b"), f.handled);
        assertEquals(400, f.failures.get(0).failure().status());
        assertEquals(401, f.failures.get(1).failure().status());
        assertEquals("expired", f.failures.get(1).failure().text());
        assertEquals(401, f.failures.get(2).failure().status());
    }

    @Test
    void replayThat401sAgainFails() {
        f.run(get("/a", "a").build());
        f.transport.last().respond(401, "text/plain", "expired");
        f.drain();
        f.transport.last().respondJson(200, "{\"token\":\"t2\"}");
        f.drain();

        f.transport.last().respond(401, "text/plain", "still no");
        f.drain();

        assertEquals(3, f.transport.count());
        assertEquals(1, refreshRequestsBuilt);
        HttpFailure failure = f.onlyFailure();
        assertEquals(401, failure.status());
        assertEquals("still no", failure.text());
        assertEquals(2, failure.attempts());
    }

    @Test
    void late401AfterRefreshReplaysWithoutNewRefresh() {
        f.run(get("/a", "a").build(), get("/slow", "slow").build());
        f.transport.request(0).respond(401, "text/plain", "expired");
        f.drain();
        f.transport.last().respondJson(200, "{\"token\":\"t2\"}");
        f.drain();

        // /slow was sent with the old token and gets its 401 after the refresh.
        f.transport.request(1).respond(401, "text/plain", "expired");
        f.drain();

        assertEquals(1, refreshRequestsBuilt);
        assertEquals("/slow", f.transport.last().request().url());
        assertEquals("Bearer t2", f.transport.last().request().headers().first("Authorization"));
    }

    @Test
    void requestWithoutAuthRefreshFailsAt401() {
        f.run(get("/login", "login").noAuthRefresh().build());
        f.transport.last().respond(401, "text/plain", "wrong password");
        f.drain();

        assertEquals(1, f.transport.count());
        assertEquals(401, f.onlyFailure().status());
        assertEquals(0, refreshRequestsBuilt);
    }

    @Test
    void untrustedOrigin401DoesNotRefresh() {
        f.run(get("https://elsewhere.example/x", "x").build());
        f.transport.last().respond(401, "text/plain", "no");
        f.drain();

        assertEquals(0, refreshRequestsBuilt);
        assertEquals(401, f.onlyFailure().status());
    }

    @Test
    void abortWhileWaitingForRefresh() {
        f.run(get("/a", "a").id("a").build());
        f.transport.last().respond(401, "text/plain", "expired");
        f.drain();
        assertEquals("WAITING_FOR_AUTH", f.http.stateOf("a"));

        f.run(new AbortRequest("a"));
        f.transport.last().respondJson(200, "{\"token\":\"t2\"}");
        f.drain();

        assertEquals(2, f.transport.count());
        assertEquals(List.of("Failed a", "SetToken t2"), f.handled);
        assertTrue(f.failures.get(0).failure().kind() == FailureKind.ABORTED);
    }
}
