package io.teaframe.e2e.scenarios;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserHttp;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.effect.Effects;
import io.teaframe.http.AbortRequest;
import io.teaframe.http.CachePolicy;
import io.teaframe.http.FailureKind;
import io.teaframe.http.Http;
import io.teaframe.http.HttpFailure;
import io.teaframe.http.HttpRequest;
import io.teaframe.http.HttpResponse;
import io.teaframe.http.RequestInterceptors;
import io.teaframe.http.ResponseFormat;
import io.teaframe.http.RetryPolicy;
import io.teaframe.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;

/**
 * The HTTP effect in a real frame, installed with {@link BrowserHttp#install}, against the
 * e2e server's {@code /test-api/} (see {@code io.teaframe.e2e.server.TestApi}). Handlers
 * return requests as effects, and the outcome events land in the state, where each
 * scenario reads them. Where the server counts hits or watches a connection, the
 * scenario reads the server's record afterwards with another request through the effect.
 */
final class HttpEffectScenarios {

    /** How long a scenario waits after the expected outcomes for any extra event, in milliseconds. */
    private static final double SETTLE_MILLIS = 300;

    private HttpEffectScenarios() {
    }

    static List<Scenario> list() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.of("effect slow headers time out", HttpEffectScenarios::slowHeadersTimeOut));
        scenarios.add(Scenario.of("effect stalled body times out and aborts", HttpEffectScenarios::stalledBodyTimesOut));
        scenarios.add(Scenario.of("effect 204 is an empty success", HttpEffectScenarios::noContent));
        scenarios.add(Scenario.of("effect HTML 503 retried then fails", HttpEffectScenarios::htmlErrorRetried));
        scenarios.add(Scenario.of("effect honours Retry-After seconds", HttpEffectScenarios::retryAfterSeconds));
        scenarios.add(Scenario.of("effect invalid JSON is DECODE", HttpEffectScenarios::invalidJson));
        scenarios.add(new Scenario("effect decodes a large body", 20_000, HttpEffectScenarios::largeBody));
        scenarios.add(Scenario.of("effect CORS refusal is NETWORK", HttpEffectScenarios::corsRefusal));
        scenarios.add(Scenario.of("effect newer request supersedes", HttpEffectScenarios::supersedeById));
        scenarios.add(Scenario.of("effect abort by id is ABORTED", HttpEffectScenarios::abortById));
        scenarios.add(Scenario.of("effect cache answers the second GET", HttpEffectScenarios::cacheHit));
        scenarios.add(Scenario.of("effect shares identical GETs in flight", HttpEffectScenarios::inFlightDedup));
        scenarios.add(Scenario.of("effect bearer token only same origin", HttpEffectScenarios::bearerSameOriginOnly));
        return scenarios;
    }

    // ---------------------------------------------------------------- the app under test

    /** The state: the outcome events in the order they were handled, and an auth token. */
    record App(List<Object> outcomes, String token) {
        App with(Object outcome) {
            List<Object> copy = new ArrayList<>(outcomes);
            copy.add(outcome);
            return new App(copy, token);
        }
    }

    /** Returns {@code effect}, such as a request or an abort, from a handler. */
    record Send(Object effect) {
    }

    record Succeeded(String label, HttpResponse response) {
        @Override
        public String toString() {
            return label + " " + response.status();
        }
    }

    record Failed(String label, HttpFailure failure) {
        @Override
        public String toString() {
            return label + " " + failure.kind() + " " + failure.status();
        }
    }

    /** A frame with the HTTP effect, and the steps a scenario takes with it. */
    static final class Harness {

        final Outcome outcome;
        final Frame<App> frame;
        final Http<App> http;
        private int awaited = -1;
        private Consumer<List<Object>> check;

        Harness(Outcome outcome, String token) {
            this.outcome = outcome;
            frame = Frame.create(new App(List.of(), token), BrowserPlatform.create());
            http = BrowserHttp.install(frame);
            frame.onFx(Send.class, (cofx, event) -> Effects.of(event.effect()));
            frame.onFx(SendAll.class, (cofx, event) -> Effects.of(event.effects()));
            frame.on(Succeeded.class, (state, event) -> state.with(event));
            frame.on(Failed.class, (state, event) -> state.with(event));
            frame.setErrorHandler(error -> outcome.fail("frame error: " + error.describe()));
            frame.addPostEventCallback("await-outcomes", (event, state) -> {
                if (check != null && ((App) state).outcomes().size() >= awaited) {
                    Consumer<List<Object>> run = check;
                    check = null;
                    Window.setTimeout(outcome.guard(() -> run.accept(frame.state().outcomes()))::run, SETTLE_MILLIS);
                }
            });
        }

        Harness(Outcome outcome) {
            this(outcome, null);
        }

        /** Dispatches the request with {@code label} on its outcome events. */
        void send(String label, HttpRequest.Builder request) {
            frame.dispatch(new Send(request(label, request)));
        }

        /** Dispatches several requests from one handler, so their effects run in the same event. */
        void sendTogether(String[] labels, HttpRequest.Builder[] requests) {
            Object[] effects = new Object[requests.length];
            for (int i = 0; i < requests.length; i++) {
                effects[i] = request(labels[i], requests[i]);
            }
            frame.dispatch(new SendAll(effects));
        }

        /**
         * Runs {@code next} with the outcomes once {@code count} have arrived, after
         * {@link #SETTLE_MILLIS}, so an extra event would show in the list.
         */
        void afterOutcomes(int count, Consumer<List<Object>> next) {
            awaited = count;
            check = next;
        }

        /** Sends GET {@code url} as JSON, unretried, and passes its body to {@code next}. */
        void askServer(String url, Consumer<Json> next) {
            int before = frame.state().outcomes().size();
            send("server", HttpRequest.get(url).format(ResponseFormat.JSON).retry(RetryPolicy.NONE));
            afterOutcomes(before + 1, outcomes -> {
                Object last = outcomes.get(before);
                if (!(last instanceof Succeeded answer)) {
                    outcome.fail("asking the server " + url + " failed: " + last);
                    return;
                }
                next.accept(answer.response().json());
            });
        }

        private static HttpRequest request(String label, HttpRequest.Builder request) {
            return request.onSuccess(response -> new Succeeded(label, response))
                    .onFailure(failure -> new Failed(label, failure))
                    .build();
        }
    }

    record SendAll(Object[] effects) {
    }

    // ---------------------------------------------------------------- scenarios

    static void slowHeadersTimeOut(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("slow", HttpRequest.get("/test-api/slow-headers?delay=1000").timeout(200).retry(RetryPolicy.NONE));
        app.afterOutcomes(1, outcomes -> {
            HttpFailure failure = onlyFailure(outcome, outcomes);
            outcome.checkEquals(FailureKind.TIMEOUT, failure.kind(), "kind");
            outcome.checkEquals(0, failure.status(), "status");
            outcome.checkEquals(1, failure.attempts(), "attempts");
            outcome.check(failure.elapsedMillis() >= 199 && failure.elapsedMillis() < 900,
                    "elapsed " + failure.elapsedMillis() + " ms");
            outcome.finish(failure.message() + " after " + (int) failure.elapsedMillis() + " ms");
        });
    }

    /**
     * Checks that the timeout fires while the body is read and aborts the fetch. The body
     * stops after 16 of 1,000 announced bytes and then grows by one probe byte every
     * 100 ms, and a probe that fails shows the server that the connection closed.
     */
    static void stalledBodyTimesOut(Outcome outcome) {
        Harness app = new Harness(outcome);
        String token = uniqueToken();
        app.send("stalled", HttpRequest.get("/test-api/watched-body?stall=3000&token=" + token)
                .format(ResponseFormat.TEXT).timeout(300).retry(RetryPolicy.NONE));
        app.afterOutcomes(1, outcomes -> {
            HttpFailure failure = onlyFailure(outcome, outcomes);
            outcome.checkEquals(FailureKind.TIMEOUT, failure.kind(), "kind");
            outcome.check(failure.elapsedMillis() >= 299 && failure.elapsedMillis() < 1500,
                    "elapsed " + failure.elapsedMillis() + " ms");
            app.askServer("/test-api/watched-body/status?token=" + token, status -> {
                outcome.checkEquals("closed", status.string("state"), "connection state on the server");
                outcome.finish(failure.message() + "; server saw the connection close after "
                        + status.toJson());
            });
        });
    }

    static void noContent(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("empty", HttpRequest.get("/test-api/status/204").format(ResponseFormat.JSON));
        app.afterOutcomes(1, outcomes -> {
            HttpResponse response = onlyResponse(outcome, outcomes);
            outcome.checkEquals(204, response.status(), "status");
            outcome.check(response.isEmpty(), "isEmpty");
            outcome.checkEquals("", response.text(), "text");
            outcome.finish("204, empty");
        });
    }

    /** Three attempts reach the server, and only the last failure reaches the app. */
    static void htmlErrorRetried(Outcome outcome) {
        Harness app = new Harness(outcome);
        String key = uniqueToken();
        app.send("html", HttpRequest.get("/test-api/counted?status=503&key=" + key).format(ResponseFormat.JSON)
                .retry(RetryPolicy.retries(2).withBackoff(50, 200)));
        app.afterOutcomes(1, outcomes -> {
            HttpFailure failure = onlyFailure(outcome, outcomes);
            outcome.checkEquals(FailureKind.HTTP, failure.kind(), "kind");
            outcome.checkEquals(503, failure.status(), "status");
            outcome.checkEquals(3, failure.attempts(), "attempts");
            outcome.check(failure.text().contains("<h1>Error 503</h1>"), "raw text " + failure.text());
            outcome.checkEquals(null, failure.json(), "JSON of an HTML page");
            app.askServer("/test-api/hits?key=" + key, hits -> {
                outcome.checkEquals(3, hits.integer("hits"), "hits on the server");
                outcome.finish(failure.message() + " after " + failure.attempts() + " attempts");
            });
        });
    }

    static void retryAfterSeconds(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("retry", HttpRequest.get("/test-api/retry-after?form=seconds&token=" + uniqueToken()));
        app.afterOutcomes(1, outcomes -> {
            HttpResponse response = onlyResponse(outcome, outcomes);
            outcome.checkEquals(200, response.status(), "status");
            outcome.checkEquals(2, response.attempts(), "attempts");
            outcome.checkEquals(2, response.json().integer("attempt"), "attempt on the server");
            // Retry-After: 1 replaces the first backoff, which is 800 to 1,000 ms with jitter.
            outcome.check(response.elapsedMillis() >= 990, "elapsed " + response.elapsedMillis() + " ms");
            outcome.finish("success after " + (int) response.elapsedMillis() + " ms");
        });
    }

    static void invalidJson(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("invalid", HttpRequest.get("/test-api/invalid-json").format(ResponseFormat.JSON));
        app.afterOutcomes(1, outcomes -> {
            HttpFailure failure = onlyFailure(outcome, outcomes);
            outcome.checkEquals(FailureKind.DECODE, failure.kind(), "kind");
            outcome.checkEquals(200, failure.status(), "status");
            outcome.checkEquals("{\"users\": [1, 2,", failure.text(), "raw text");
            outcome.checkEquals(1, failure.attempts(), "attempts");
            outcome.finish(failure.message());
        });
    }

    static void largeBody(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("large", HttpRequest.get("/test-api/large-json?bytes=" + (4 * 1024 * 1024)));
        app.afterOutcomes(1, outcomes -> {
            HttpResponse response = onlyResponse(outcome, outcomes);
            List<Integer> ids = response.json().list("users", user -> user.integer("id"));
            int count = ids.size();
            outcome.check(count > 30_000, "user count " + count);
            outcome.checkEquals(count - 1, ids.get(count - 1), "id of the last user");
            outcome.check(response.text().length() >= 4 * 1024 * 1024, "text length " + response.text().length());
            outcome.finish(count + " users in " + (int) response.elapsedMillis() + " ms");
        });
    }

    static void corsRefusal(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.askServer("/test-api/info", info -> {
            app.send("denied", HttpRequest.get(info.string("crossOrigin") + "test-api/cors/denied")
                    .retry(RetryPolicy.NONE));
            app.afterOutcomes(2, outcomes -> {
                Object last = outcomes.get(1);
                outcome.check(last instanceof Failed, "outcome " + last);
                if (last instanceof Failed denied) {
                    outcome.checkEquals(FailureKind.NETWORK, denied.failure().kind(), "kind");
                    outcome.checkEquals(0, denied.failure().status(), "status");
                    outcome.finish(denied.failure().message());
                } else {
                    outcome.finish("unexpected");
                }
            });
        });
    }

    /** Checks that a second request with the same id ends the first without an event. */
    static void supersedeById(Outcome outcome) {
        Harness app = new Harness(outcome);
        String key = uniqueToken();
        app.send("older", HttpRequest.get("/test-api/counted?delay=300&key=" + key + "-old").id("load"));
        Window.setTimeout(() -> app.send("newer", HttpRequest.get("/test-api/counted?key=" + key + "-new")
                .id("load")), 50);
        app.afterOutcomes(1, outcomes -> Window.setTimeout(outcome.guard(() -> {
            List<Object> all = app.frame.state().outcomes();
            outcome.checkEquals("[newer 200]", all.toString(), "outcome events");
            outcome.checkEquals(null, app.http.stateOf("load"), "state of id load");
            outcome.finish("only the newer request's event");
        })::run, 500));
    }

    static void abortById(Outcome outcome) {
        Harness app = new Harness(outcome);
        app.send("slow", HttpRequest.get("/test-api/slow-headers?delay=500").id("slow"));
        Window.setTimeout(() -> app.frame.dispatch(new Send(new AbortRequest("slow"))), 50);
        app.afterOutcomes(1, outcomes -> {
            HttpFailure failure = onlyFailure(outcome, outcomes);
            outcome.checkEquals(FailureKind.ABORTED, failure.kind(), "kind");
            outcome.checkEquals(1, failure.attempts(), "attempts");
            outcome.check(failure.elapsedMillis() < 450, "elapsed " + failure.elapsedMillis() + " ms");
            outcome.finish(failure.message() + " after " + (int) failure.elapsedMillis() + " ms");
        });
    }

    static void cacheHit(Outcome outcome) {
        Harness app = new Harness(outcome);
        String url = "/test-api/counted?key=" + uniqueToken();
        app.send("first", HttpRequest.get(url).cache(CachePolicy.ttl(60_000)));
        app.afterOutcomes(1, first -> {
            app.send("second", HttpRequest.get(url).cache(CachePolicy.ttl(60_000)));
            app.afterOutcomes(2, both -> {
                HttpResponse second = responseAt(outcome, both, 1);
                HttpResponse firstResponse = responseAt(outcome, both, 0);
                outcome.check(!firstResponse.fromCache(), "the first response came from the cache");
                outcome.check(second.fromCache(), "the second response did not come from the cache");
                outcome.checkEquals(1, second.json().integer("hits"), "hits in the cached body");
                app.askServer(url.replace("counted", "hits"), hits -> {
                    outcome.checkEquals(1, hits.integer("hits"), "hits on the server");
                    outcome.finish("second GET from the cache, 1 hit");
                });
            });
        });
    }

    static void inFlightDedup(Outcome outcome) {
        Harness app = new Harness(outcome);
        String url = "/test-api/counted?delay=200&key=" + uniqueToken();
        app.sendTogether(new String[] {"a", "b"}, new HttpRequest.Builder[] {HttpRequest.get(url), HttpRequest.get(url)});
        app.afterOutcomes(2, outcomes -> {
            outcome.checkEquals("[a 200, b 200]", outcomes.toString(), "outcome events");
            app.askServer(url.replace("counted", "hits"), hits -> {
                outcome.checkEquals(1, hits.integer("hits"), "hits on the server");
                outcome.finish("two events, 1 hit");
            });
        });
    }

    /**
     * Checks that the interceptor adds the token to a same-origin request, and not to a
     * request for the second origin, whose CORS headers would let an {@code Authorization}
     * header through.
     */
    static void bearerSameOriginOnly(Outcome outcome) {
        Harness app = new Harness(outcome, "token-123");
        app.http.addInterceptor("auth", RequestInterceptors.bearerToken(App::token));
        app.askServer("/test-api/info", info -> {
            app.send("same", HttpRequest.get("/test-api/echo").retry(RetryPolicy.NONE));
            app.send("cross", HttpRequest.get(info.string("crossOrigin") + "test-api/cors/allowed")
                    .retry(RetryPolicy.NONE));
            app.afterOutcomes(3, outcomes -> {
                HttpResponse same = responseNamed(outcome, outcomes, "same");
                HttpResponse cross = responseNamed(outcome, outcomes, "cross");
                if (same == null || cross == null) {
                    outcome.finish("missing response");
                    return;
                }
                String sent = null;
                Json headers = same.json().get("headers");
                for (int i = 0; i < headers.size(); i++) {
                    if (headers.at(i).at(0).asString().equals("authorization")) {
                        sent = headers.at(i).at(1).asString();
                    }
                }
                outcome.checkEquals("Bearer token-123", sent, "Authorization at the same origin");
                outcome.checkEquals("", cross.json().string("authorization"), "Authorization at the other origin");
                outcome.finish("same origin got '" + sent + "', the other origin none");
            });
        });
    }

    // ---------------------------------------------------------------- helpers

    private static HttpFailure onlyFailure(Outcome outcome, List<Object> outcomes) {
        outcome.checkEquals(1, outcomes.size(), "outcome events " + outcomes);
        Object first = outcomes.get(0);
        if (!(first instanceof Failed failed)) {
            throw new IllegalStateException("expected a failure, got " + first);
        }
        return failed.failure();
    }

    private static HttpResponse onlyResponse(Outcome outcome, List<Object> outcomes) {
        outcome.checkEquals(1, outcomes.size(), "outcome events " + outcomes);
        return responseAt(outcome, outcomes, 0);
    }

    private static HttpResponse responseAt(Outcome outcome, List<Object> outcomes, int index) {
        Object event = outcomes.get(index);
        if (event instanceof Failed failed) {
            throw new IllegalStateException("expected a response, got " + failed + ": " + failed.failure().message());
        }
        return ((Succeeded) event).response();
    }

    private static HttpResponse responseNamed(Outcome outcome, List<Object> outcomes, String label) {
        for (Object event : outcomes) {
            if (event instanceof Succeeded success && success.label().equals(label)) {
                return success.response();
            }
        }
        outcome.check(false, "no response for " + label + " in " + outcomes);
        return null;
    }

    @JSBody(script = "return Date.now().toString(36) + Math.random().toString(36).slice(2);")
    private static native String uniqueToken();
}
