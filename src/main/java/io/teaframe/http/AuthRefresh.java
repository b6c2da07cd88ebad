package io.teaframe.http;

import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The token refresh after a 401, as package-info.java describes: one refresh for any
 * number of 401s, then one replay of every request that waited for it.
 *
 * @param <S> the app state's type
 */
final class AuthRefresh<S> {

    private final Http<S> http;
    private Function<? super S, HttpRequest> refreshRequest;
    private final List<Exchange> waiting = new ArrayList<>();
    private Call refreshCall;

    /**
     * The count of successful refreshes. An exchange records it when it sends. A 401 for
     * an attempt sent before the last refresh is replayed at once, because the token it
     * carried is already replaced.
     */
    private int generation;

    AuthRefresh(Http<S> http) {
        this.http = http;
    }

    void configure(Function<? super S, HttpRequest> request) {
        this.refreshRequest = request;
    }

    int generation() {
        return generation;
    }

    boolean isRefreshing() {
        return refreshCall != null;
    }

    /** Returns whether a 401 of this exchange goes to the refresh rather than to its calls. */
    boolean handles(Exchange exchange) {
        return refreshRequest != null && exchange.request.authRefresh() && !exchange.replayed
                && http.isTrusted(exchange.request);
    }

    void unauthorized(Exchange exchange, Decoding.Result result) {
        if (exchange.sentGeneration < generation) {
            exchange.replayed = true;
            exchange.send();
            return;
        }
        exchange.state = Exchange.WAITING_FOR_AUTH;
        exchange.unauthorized = result;
        waiting.add(exchange);
        if (refreshCall == null) {
            start();
        }
    }

    private void start() {
        // The refresh request cannot itself wait for a refresh, and nothing may abort
        // it by id or group, since the waiting requests depend on it.
        HttpRequest request = refreshRequest.apply(http.state()).toBuilder().id(null).group(null).noAuthRefresh()
                .build();
        refreshCall = http.startRefresh(request);
    }

    /** Handles the outcome event of the refresh request and returns the effects to run. */
    Effects refreshEnded(Delivery delivery) {
        HttpRequest request = delivery.call.request;
        refreshCall = null;
        if (delivery.response != null) {
            Object tokenEvent = eventOrFailWaiting(request.onSuccess(), delivery.response);
            if (tokenEvent == null) {
                return Effects.of(new Dispatch(new ReplayAfterRefresh()));
            }
            return Effects.of(new Dispatch(tokenEvent), new Dispatch(new ReplayAfterRefresh()));
        }

        http.logRefreshFailed(delivery.failure);
        Object failureEvent = eventOrFailWaiting(request.onFailure(), delivery.failure);
        // The outcomes of the waiting requests take their places in the queue as they
        // are queued, so the app's event for the refresh is queued first to come first.
        if (failureEvent != null) {
            http.dispatch(failureEvent);
        }
        failWaiting();
        return Effects.none();
    }

    /**
     * Returns the event that {@code factory} makes of {@code outcome}, or null without a
     * factory. If the factory throws, there is no token event to replay with, so the
     * waiting requests fail with their 401 and the exception goes on to the error handler.
     */
    private <T> Object eventOrFailWaiting(Function<T, ?> factory, T outcome) {
        try {
            return factory == null ? null : factory.apply(outcome);
        } catch (RuntimeException e) {
            failWaiting();
            throw e;
        }
    }

    private void failWaiting() {
        List<Exchange> failed = new ArrayList<>(waiting);
        waiting.clear();
        for (Exchange exchange : failed) {
            exchange.finish(exchange.unauthorized);
        }
    }

    /** Sends every waiting request again, now that the token event has been handled. */
    void replay() {
        generation++;
        List<Exchange> replayed = new ArrayList<>(waiting);
        waiting.clear();
        for (Exchange exchange : replayed) {
            exchange.replayed = true;
            exchange.unauthorized = null;
            exchange.send();
        }
    }

    void forget(Exchange exchange) {
        waiting.remove(exchange);
    }
}
