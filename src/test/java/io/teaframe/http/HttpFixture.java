package io.teaframe.http;

import io.teaframe.effect.Effects;
import io.teaframe.port.Scheduler;
import io.teaframe.testkit.FakeConnectivity;
import io.teaframe.testkit.FakeTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * A test frame with the HTTP effect on a fake transport. Requests built by {@link #get}
 * and friends record their outcomes in {@link #successes} and {@link #failures}.
 */
final class HttpFixture {

    /** The app state: a token and a CSRF token that interceptors read. */
    record App(String token, String csrf) {
    }

    /** Makes its handler return {@code effects}. */
    record Run(List<Object> effects) {
        static Run of(Object... effects) {
            return new Run(List.of(effects));
        }
    }

    record Ok(String tag, HttpResponse response) {
    }

    record Failed(String tag, HttpFailure failure) {
    }

    record SetToken(String token) {
    }

    record Noop() {
    }

    final TestFrame<App> t;
    final FakeTransport transport;
    final FakeConnectivity connectivity;
    final Http<App> http;
    final List<Ok> successes = new ArrayList<>();
    final List<Failed> failures = new ArrayList<>();
    /** Every event the app handled, by class name and tag, in order. */
    final List<String> handled = new ArrayList<>();

    HttpFixture() {
        this(TestFrame.create(new App("t1", "c1")));
    }

    HttpFixture(TestFrame<App> frame) {
        this(frame, frame.frame().platform().scheduler());
    }

    /** A fixture whose effect sets its timeouts and retry waits on {@code timers}. */
    HttpFixture(TestFrame<App> frame, Scheduler timers) {
        t = frame;
        transport = new FakeTransport(t.time());
        connectivity = new FakeConnectivity(t.time());
        http = Http.install(t.frame(), transport, JvmJson.PARSER, connectivity, timers);
        t.frame().onFx(Run.class, (cofx, e) -> Effects.of(e.effects().toArray()));
        t.frame().on(Ok.class, (state, e) -> {
            successes.add(e);
            handled.add("Ok " + e.tag());
            return state;
        });
        t.frame().on(Failed.class, (state, e) -> {
            failures.add(e);
            handled.add("Failed " + e.tag());
            return state;
        });
        t.frame().on(SetToken.class, (state, e) -> {
            handled.add("SetToken " + e.token());
            return new App(e.token(), state.csrf());
        });
        t.frame().on(Noop.class, (state, e) -> {
            handled.add("Noop");
            return state;
        });
    }

    /** A GET whose outcomes are recorded under {@code tag}. */
    static HttpRequest.Builder get(String url, String tag) {
        return recorded(HttpRequest.get(url), tag);
    }

    static HttpRequest.Builder recorded(HttpRequest.Builder builder, String tag) {
        return builder.onSuccess(response -> new Ok(tag, response)).onFailure(failure -> new Failed(tag, failure));
    }

    /** Runs the effects in an event and handles everything due now. */
    HttpFixture run(Object... effects) {
        t.dispatchAndDrain(Run.of(effects));
        return this;
    }

    /** Handles everything due now. */
    HttpFixture drain() {
        t.drain();
        return this;
    }

    HttpFixture advance(double millis) {
        t.advance(millis);
        return this;
    }

    HttpResponse onlySuccess() {
        if (successes.size() != 1 || !failures.isEmpty()) {
            throw new AssertionError("expected one success, got " + successes + " and " + failures);
        }
        return successes.get(0).response();
    }

    HttpFailure onlyFailure() {
        if (failures.size() != 1 || !successes.isEmpty()) {
            throw new AssertionError("expected one failure, got " + successes + " and " + failures);
        }
        return failures.get(0).failure();
    }
}
