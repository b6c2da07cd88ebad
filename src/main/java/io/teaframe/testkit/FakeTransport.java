package io.teaframe.testkit;

import io.teaframe.http.Headers;
import io.teaframe.http.HttpTransport;
import io.teaframe.http.TransportCallback;
import io.teaframe.http.TransportRequest;
import io.teaframe.http.TransportResponse;
import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@link HttpTransport} whose responses come from the test. It records every request
 * it is given. The test then responds to each, fails it, or leaves it stalled, and
 * checks whether the core cancelled it.
 *
 * <pre>{@code
 * FakeTransport transport = new FakeTransport(t.time());
 * Http.install(t.frame(), transport, JvmJson.PARSER);
 * t.dispatchAndDrain(new LoadUsers());
 * transport.last().respondJson(200, "{\"users\":[]}");
 * t.drain();   // the response callback runs, then the app's event
 * }</pre>
 *
 * <p>Responses arrive as scheduler tasks, as they do in the browser: {@code respond} only
 * schedules the callback, and it runs when the test drains or advances the virtual
 * time. A request cancelled before its task runs never receives its response.
 */
public final class FakeTransport implements HttpTransport {

    /** The origin of the page that the fake pretends to serve. */
    public static final String DEFAULT_ORIGIN = "http://127.0.0.1:8080";

    private final Scheduler scheduler;
    private final String origin;
    private final List<SentRequest> sent = new ArrayList<>();

    /** Returns a transport whose page origin is {@link #DEFAULT_ORIGIN}. */
    public FakeTransport(Scheduler scheduler) {
        this(scheduler, DEFAULT_ORIGIN);
    }

    public FakeTransport(Scheduler scheduler, String origin) {
        this.scheduler = scheduler;
        this.origin = origin;
    }

    @Override
    public Cancellable send(TransportRequest request, TransportCallback callback) {
        SentRequest call = new SentRequest(request, callback);
        sent.add(call);
        return call::cancel;
    }

    @Override
    public String origin() {
        return origin;
    }

    /** Returns every request sent so far, oldest first, retries and replays included. */
    public List<SentRequest> requests() {
        return Collections.unmodifiableList(sent);
    }

    /** Returns the number of requests sent so far. */
    public int count() {
        return sent.size();
    }

    /** Returns request {@code index}, counting from 0. */
    public SentRequest request(int index) {
        return sent.get(index);
    }

    /**
     * Returns the last request sent.
     *
     * @throws AssertionError if none was sent
     */
    public SentRequest last() {
        if (sent.isEmpty()) {
            throw new AssertionError("no request was sent");
        }
        return sent.get(sent.size() - 1);
    }

    /** Returns the requests that have neither a response nor been cancelled, oldest first. */
    public List<SentRequest> open() {
        List<SentRequest> open = new ArrayList<>();
        for (SentRequest call : sent) {
            if (!call.answered && !call.cancelled) {
                open.add(call);
            }
        }
        return open;
    }

    /** One request the core sent, and the test's handle to respond to it. */
    public final class SentRequest {

        private final TransportRequest request;
        private final TransportCallback callback;
        private boolean answered;
        private boolean cancelled;

        SentRequest(TransportRequest request, TransportCallback callback) {
            this.request = request;
            this.callback = callback;
        }

        public TransportRequest request() {
            return request;
        }

        /** Whether the core cancelled it: after a timeout, an abort or superseding. */
        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isAnswered() {
            return answered;
        }

        /** Responds with a JSON body, {@code Content-Type: application/json}. */
        public void respondJson(int status, String json) {
            respond(status, Headers.of("Content-Type", "application/json"), json);
        }

        /** Responds with a body of {@code contentType}, or no {@code Content-Type} when it is null. */
        public void respond(int status, String contentType, String body) {
            respond(status, contentType == null ? Headers.EMPTY : Headers.of("Content-Type", contentType), body);
        }

        /** Responds after {@code delayMillis} of virtual time, as a slow server or body would. */
        public void respondAfter(double delayMillis, int status, Headers headers, String body) {
            claim();
            scheduler.timeout(delayMillis, () -> deliver(status, headers, body));
        }

        /**
         * Responds with {@code body}, given as text. It reaches the core as text or as
         * UTF-8 bytes, whichever the request reads for the response's
         * {@code Content-Type}, as the browser transport does.
         */
        public void respond(int status, Headers headers, String body) {
            claim();
            scheduler.nextTick(() -> deliver(status, headers, body));
        }

        /** Fails it as a network error would, such as a refused connection or CORS. */
        public void failNetwork(String message) {
            claim();
            scheduler.nextTick(() -> {
                if (!cancelled) {
                    callback.onNetworkError(message);
                }
            });
        }

        private void claim() {
            if (answered) {
                throw new IllegalStateException("this request already has a response: " + request.method() + " "
                        + request.url());
            }
            answered = true;
        }

        private void deliver(int status, Headers headers, String body) {
            if (cancelled) {
                return;
            }
            String contentType = headers.first("Content-Type");
            TransportResponse response = request.readsBytes(contentType)
                    ? new TransportResponse(status, reasonPhrase(status), headers, null,
                            body.getBytes(StandardCharsets.UTF_8))
                    : new TransportResponse(status, reasonPhrase(status), headers, body, null);
            callback.onResponse(response);
        }

        private void cancel() {
            cancelled = true;
        }

        @Override
        public String toString() {
            return request.method() + " " + request.url() + (cancelled ? " (cancelled)" : "")
                    + (answered ? " (answered)" : "");
        }
    }

    /** The reason phrase of common statuses, as an HTTP/1.1 server would send it. */
    static String reasonPhrase(int status) {
        int[] codes = {200, 201, 202, 204, 205, 301, 304, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504};
        String[] phrases = {"OK", "Created", "Accepted", "No Content", "Reset Content", "Moved Permanently",
            "Not Modified", "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Request Timeout", "Conflict",
            "Unprocessable Content", "Too Many Requests", "Internal Server Error", "Bad Gateway",
            "Service Unavailable", "Gateway Timeout"};
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == status) {
                return phrases[i];
            }
        }
        return "";
    }
}
