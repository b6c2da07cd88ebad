package io.teaframe.http;

/**
 * The internal event dispatched right after the app's token event when a token refresh
 * succeeded. Events run in order, so by the time it is handled the new token is in the
 * state, and the replayed requests' interceptors read it.
 */
final class ReplayAfterRefresh {

    @Override
    public String toString() {
        return "HttpReplayAfterRefresh";
    }
}
