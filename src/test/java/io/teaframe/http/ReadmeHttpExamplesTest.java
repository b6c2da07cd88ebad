package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.Frame;
import io.teaframe.effect.Effects;
import io.teaframe.json.JsonBuilder;
import io.teaframe.testkit.FakeConnectivity;
import io.teaframe.testkit.FakeTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTTP examples of README.md, compiled and run, so that the README stays true. */
class ReadmeHttpExamplesTest {

    record App(String token, String csrf, List<String> users, String error) {
    }

    record LoadUsers(int page) {
    }

    record UsersLoaded(List<String> names) {
    }

    record LoadFailed(FailureKind kind, int status, String message) {
    }

    record SaveUser(String name) {
    }

    record Saved() {
    }

    record SaveFailed(String message) {
    }

    record Cancel() {
    }

    /** Installs the README's set-up and handlers on the given ports. */
    private static void install(Frame<App> frame, HttpTransport transport, FakeConnectivity connectivity) {
        var jsonParser = JvmJson.PARSER;

        Http<App> http = Http.install(frame, transport, jsonParser, connectivity);
        http.addInterceptor("auth", RequestInterceptors.bearerToken(App::token));
        http.addInterceptor("csrf", RequestInterceptors.csrfHeader("X-CSRF-Token", App::csrf));
        http.trustOrigin("https://api.example.com");

        frame.onFx(LoadUsers.class, (cofx, e) -> Effects.of(HttpRequest.get("/api/users")
                .query("page", e.page())
                .query("tag", List.of("admin", "staff"))          // tag=admin&tag=staff
                .id("load-users")                                  // a newer load supersedes this one
                .group("users-view")
                .cache(CachePolicy.ttl(60_000).staleWhileRevalidate(300_000))
                .onSuccess(response -> new UsersLoaded(response.json().list("users", u -> u.string("name"))))
                .onFailure(failure -> new LoadFailed(failure.kind(), failure.status(), failure.message()))
                .build()));

        frame.onFx(SaveUser.class, (cofx, e) -> Effects.of(HttpRequest.post("/api/users")
                .json(JsonBuilder.object().put("name", e.name()).put("admin", false))
                .timeout(10_000)
                .retry(RetryPolicy.retries(2))                     // POST is retried only with a policy
                .onSuccess(response -> new Saved())
                .onFailure(failure -> new SaveFailed(failure.message()))
                .build()));

        // Commands are effects too.
        frame.onFx(Cancel.class, (cofx, e) -> Effects.of(new AbortRequest("load-users"), new AbortGroup("users-view"),
                InvalidateCache.key("GET /api/users?page=1"), InvalidateCache.prefix("GET /api/users")));

        frame.on(UsersLoaded.class, (state, e) -> new App(state.token(), state.csrf(), e.names(), ""));
        frame.on(LoadFailed.class, (state, e) -> new App(state.token(), state.csrf(), state.users(), e.message()));
        frame.on(Saved.class, (state, e) -> state);
        frame.on(SaveFailed.class, (state, e) -> new App(state.token(), state.csrf(), state.users(), e.message()));
    }

    @Test
    void loadExample() {
        TestFrame<App> t = TestFrame.create(new App("t1", "c1", List.of(), ""));
        FakeTransport transport = new FakeTransport(t.time());
        install(t.frame(), transport, new FakeConnectivity(t.time()));

        t.dispatchAndDrain(new LoadUsers(1));
        assertEquals("/api/users?page=1&tag=admin&tag=staff", transport.last().request().url());
        assertEquals("Bearer t1", transport.last().request().headers().first("Authorization"));
        transport.last().respondJson(200, "{\"users\":[{\"name\":\"Ada\"}]}");
        t.drain();                              // the response arrives and UsersLoaded is handled

        assertEquals(List.of("Ada"), t.state().users());
        t.assertNoErrors();
    }

    @Test
    void saveExample() {
        TestFrame<App> t = TestFrame.create(new App("t1", "c1", List.of(), ""));
        FakeTransport transport = new FakeTransport(t.time());
        install(t.frame(), transport, new FakeConnectivity(t.time()));

        t.dispatchAndDrain(new SaveUser("Ada \"the first\""));
        TransportRequest sent = transport.last().request();
        assertEquals("{\"name\":\"Ada \\\"the first\\\"\",\"admin\":false}", ((RequestBody.JsonBody) sent.body()).json());
        assertEquals("c1", sent.headers().first("X-CSRF-Token"));
        transport.last().respond(503, "text/plain", "busy");
        t.drain().advance(1_000);
        assertEquals(2, transport.count());

        transport.last().respond(503, "text/plain", "busy");
        t.drain().advance(2_000);
        transport.last().respond(503, "text/plain", "busy");
        t.drain();

        assertEquals(3, transport.count());
        assertEquals("HTTP 503 Service Unavailable", t.state().error());
    }

    @Test
    void commandsExample() {
        TestFrame<App> t = TestFrame.create(new App("t1", "c1", List.of(), ""));
        FakeTransport transport = new FakeTransport(t.time());
        install(t.frame(), transport, new FakeConnectivity(t.time()));

        t.dispatchAndDrain(new LoadUsers(1));
        t.dispatchAndDrain(new Cancel());

        assertEquals("aborted", t.state().error());
        assertEquals(true, transport.last().isCancelled());
        t.assertNoErrors();
    }

    @Test
    void testKitExample() {
        TestFrame<App> t = TestFrame.create(new App("t1", "c1", List.of(), ""));
        FakeTransport transport = new FakeTransport(t.time());
        Http.install(t.frame(), transport, JvmJson.PARSER);
        t.frame().onFx(LoadUsers.class, (cofx, e) -> Effects.of(HttpRequest.get("/api/users")
                .query("page", e.page()).query("tag", List.of("admin", "staff"))
                .onSuccess(response -> new UsersLoaded(response.json().list("users", u -> u.string("name"))))
                .build()));
        t.frame().on(UsersLoaded.class, (state, e) -> new App(state.token(), state.csrf(), e.names(), ""));

        t.dispatchAndDrain(new LoadUsers(1));
        assertEquals("/api/users?page=1&tag=admin&tag=staff", transport.last().request().url());
        transport.last().respondJson(200, "{\"users\":[{\"name\":\"Ada\"}]}");
        t.drain();                              // the response arrives and UsersLoaded is handled

        assertEquals(List.of("Ada"), t.state().users());
    }
}
