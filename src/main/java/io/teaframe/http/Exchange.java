package io.teaframe.http;

import io.teaframe.port.Cancellable;
import java.util.ArrayList;
import java.util.List;

/**
 * One request on the network: its attempts, its timeout, its retries and its wait for
 * a token refresh, until it has one outcome for the calls attached to it. The state
 * machine is described in package-info.java.
 */
final class Exchange {

    static final int SENDING = 0;
    static final int WAITING_TO_RETRY = 1;
    static final int WAITING_FOR_ONLINE = 2;
    static final int WAITING_FOR_AUTH = 3;
    static final int DONE = 4;
    static final int CANCELLED = 5;

    private static final String[] STATE_NAMES = {
        "IN_FLIGHT", "WAITING_TO_RETRY", "WAITING_FOR_ONLINE", "WAITING_FOR_AUTH", "DONE", "CANCELLED",
    };

    final Http<?> http;
    final HttpRequest request;
    /** The de-duplication key, or null when the request is never shared. */
    final ExchangeKey sharedKey;
    /** Most exchanges have one call; identical GETs in flight at once add more. */
    final List<Call> calls = new ArrayList<>(1);

    int state = SENDING;
    int attempts;
    int retries;

    /** Whether it was sent again after a token refresh; a second 401 then fails it. */
    boolean replayed;

    /** The token generation when the last attempt was sent; see {@link AuthRefresh}. */
    int sentGeneration;

    /** The 401 outcome it fails with if the token refresh fails. */
    Decoding.Result unauthorized;

    private Cancellable inFlight = Cancellable.NONE;
    private Cancellable timer = Cancellable.NONE;
    private Cancellable onlineListener = Cancellable.NONE;

    /** Bumped by each attempt, so a late callback of an earlier attempt is ignored. */
    private int attemptSerial;

    Exchange(Http<?> http, HttpRequest request, ExchangeKey sharedKey) {
        this.http = http;
        this.request = request;
        this.sharedKey = sharedKey;
    }

    String stateName() {
        return STATE_NAMES[state];
    }

    /** Sends the next attempt, with the interceptors run against the state of now. */
    void send() {
        TransportRequest prepared;
        try {
            prepared = http.prepare(request);
        } catch (InterceptorFailure e) {
            http.interceptorFailed(this, e);
            return;
        }

        attempts++;
        int serial = ++attemptSerial;
        state = SENDING;
        sentGeneration = http.auth().generation();
        inFlight = http.transport().send(prepared, new TransportCallback() {
            @Override
            public void onResponse(TransportResponse response) {
                if (serial == attemptSerial && state == SENDING) {
                    http.handleOutcomes(() -> received(response));
                }
            }

            @Override
            public void onNetworkError(String message) {
                if (serial == attemptSerial && state == SENDING) {
                    timer.cancel();
                    http.handleOutcomes(() -> failed(new Decoding.Result(null, null, FailureKind.NETWORK, null, null,
                            "network error: " + message)));
                }
            }
        });

        double timeout = request.timeoutMillis();
        if (timeout > 0) {
            // The transport reports only a whole response, so this timer covers the
            // headers and the body; on expiry it aborts the fetch.
            timer = http.timers().timeout(timeout, () -> {
                if (serial == attemptSerial && state == SENDING) {
                    inFlight.cancel();
                    http.handleOutcomes(() -> failed(new Decoding.Result(null, null, FailureKind.TIMEOUT, null, null,
                            "timed out after " + (int) timeout + " ms")));
                }
            });
        }
    }

    private void received(TransportResponse response) {
        timer.cancel();
        Decoding.Result result = Decoding.decode(response, request.format(), http.parser());
        if (response.status() == 401 && http.auth().handles(this)) {
            http.auth().unauthorized(this, result);
            return;
        }
        if (result.isSuccess()) {
            finish(result);
        } else {
            failed(result);
        }
    }

    private void failed(Decoding.Result result) {
        int status = result.response == null ? 0 : result.response.status();
        if (!RetryPolicy.shouldRetry(request.method(), request.retry(), result.kind, status, retries)) {
            finish(result);
            return;
        }

        RetryPolicy policy = request.effectiveRetry();
        double retryAfter = -1;
        if (result.response != null) {
            retryAfter = HttpDates.retryAfterMillis(result.response.headers().first("Retry-After"),
                    referenceEpochMillis(result.response));
        }
        double wait = policy.waitMillis(retries, http.random().nextDouble(), retryAfter);
        retries++;
        state = WAITING_TO_RETRY;
        http.logRetry(this, result, wait);
        timer = http.timers().timeout(wait, this::retryNow);
    }

    /**
     * Returns the "now" that a {@code Retry-After} date counts from: the response's own
     * {@code Date} header when it parses, because it comes from the same clock as the
     * retry date, else the local wall clock.
     */
    private double referenceEpochMillis(TransportResponse response) {
        String date = response.headers().first("Date");
        double parsed = date == null ? Double.NaN : HttpDates.parse(date.trim());
        return Double.isNaN(parsed) ? http.clock().epochMillis() : parsed;
    }

    private void retryNow() {
        if (state != WAITING_TO_RETRY) {
            return;
        }
        if (http.connectivity().online()) {
            send();
            return;
        }
        state = WAITING_FOR_ONLINE;
        onlineListener = http.connectivity().whenOnline(() -> {
            if (state == WAITING_FOR_ONLINE) {
                onlineListener.cancel();
                send();
            }
        });
    }

    /** Ends with {@code result} and hands it to every attached call. */
    void finish(Decoding.Result result) {
        state = DONE;
        timer.cancel();
        http.finished(this, result);
    }

    /** Stops everything it has running; no call hears of it. */
    void cancel() {
        if (state == DONE || state == CANCELLED) {
            return;
        }
        state = CANCELLED;
        inFlight.cancel();
        timer.cancel();
        onlineListener.cancel();
        http.auth().forget(this);
        http.forgetShared(this);
    }
}
