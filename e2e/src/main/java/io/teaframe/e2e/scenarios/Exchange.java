package io.teaframe.e2e.scenarios;

import io.teaframe.browser.BrowserJson;
import io.teaframe.http.Credentials;
import io.teaframe.http.Headers;
import io.teaframe.http.HttpTransport;
import io.teaframe.http.RequestBody;
import io.teaframe.http.ResponseFormat;
import io.teaframe.http.TransportCallback;
import io.teaframe.http.TransportRequest;
import io.teaframe.http.TransportResponse;
import io.teaframe.json.Json;
import io.teaframe.port.Cancellable;
import java.util.function.Consumer;

/**
 * One request sent through an {@link HttpTransport} in a scenario, and what its callback
 * received. It checks the callback contract as it goes: at most one call, never inside
 * {@code send}. The scenario's next step runs on the first call, guarded by the
 * {@link Outcome}.
 *
 * <pre>{@code
 * Exchange.send(transport, Exchange.get("/test-api/echo"), outcome, exchange -> {
 *     outcome.checkEquals(200, exchange.status(), "status");
 *     outcome.finish("echoed");
 * });
 * }</pre>
 */
final class Exchange implements TransportCallback {

    private final Outcome outcome;
    private final String label;
    private final Consumer<Exchange> next;

    /** The handle that {@code send} returned. */
    Cancellable handle;

    /** The response, or null until {@link #onResponse} and when the attempt failed. */
    TransportResponse response;

    /** The message of {@link #onNetworkError}, or null. */
    String networkError;

    /** The number of callback calls so far. */
    int calls;

    private boolean insideSend;

    private Exchange(Outcome outcome, String label, Consumer<Exchange> next) {
        this.outcome = outcome;
        this.label = label;
        this.next = next;
    }

    /** Sends {@code request} and runs {@code next} when the callback is first called. */
    static Exchange send(HttpTransport transport, TransportRequest request, Outcome outcome,
            Consumer<Exchange> next) {
        Exchange exchange = new Exchange(outcome, request.method() + " " + request.url(), next);
        exchange.insideSend = true;
        try {
            exchange.handle = transport.send(request, exchange);
        } finally {
            exchange.insideSend = false;
        }
        return exchange;
    }

    /** Returns a GET with credentials {@code SAME_ORIGIN} and format {@code AUTO}. */
    static TransportRequest get(String url) {
        return request("GET", url, Headers.EMPTY, null, ResponseFormat.AUTO);
    }

    static TransportRequest request(String method, String url, Headers headers, RequestBody body,
            ResponseFormat format) {
        return new TransportRequest(method, url, headers, body, Credentials.SAME_ORIGIN, format);
    }

    @Override
    public void onResponse(TransportResponse received) {
        record();
        response = received;
        if (calls == 1) {
            outcome.guard(() -> next.accept(this)).run();
        }
    }

    @Override
    public void onNetworkError(String message) {
        record();
        networkError = message;
        if (calls == 1) {
            outcome.guard(() -> next.accept(this)).run();
        }
    }

    private void record() {
        calls++;
        outcome.check(!insideSend, label + ": the callback ran inside send");
        outcome.check(calls == 1, label + ": the callback ran " + calls + " times");
    }

    /** Returns the status, or -1 after a network error. */
    int status() {
        return response == null ? -1 : response.status();
    }

    /** Returns the response text, failing the scenario if there is none. */
    String text() {
        if (response == null) {
            throw new IllegalStateException(label + ": no response, network error " + networkError);
        }
        if (response.text() == null) {
            throw new IllegalStateException(label + ": the body was read as bytes, not text");
        }
        return response.text();
    }

    /** Returns the response text parsed by {@link BrowserJson}. */
    Json json() {
        return BrowserJson.PARSER.parse(text());
    }

    /** Returns the response header {@code name}, or null. */
    String header(String name) {
        return response == null ? null : response.headers().first(name);
    }

    /** Returns all response headers, or null after a network error. */
    Headers headers() {
        return response == null ? null : response.headers();
    }
}
