package io.teaframe.demo.connection;

import io.teaframe.socket.SocketState;

/**
 * The live socket's status for the badge, and the auto-refresh switch.
 *
 * @param attempt the number of the next reconnect attempt while reconnecting
 * @param nextAttemptAt the clock time in milliseconds of the next attempt, or -1
 * @param now the clock time of the last countdown tick, in milliseconds
 * @param autoRefresh whether the table reloads every {@link ConnectionHandlers#AUTO_REFRESH_MILLIS} ms
 * @param wasOpen whether the socket has been open before, so that its next open is a reconnect
 */
public record ConnectionState(SocketState state, int attempt, double nextAttemptAt, double now,
        boolean autoRefresh, boolean wasOpen) {

    public static ConnectionState initial() {
        return new ConnectionState(SocketState.CONNECTING, 0, -1, 0, false, false);
    }

    public ConnectionState withStatus(SocketState newState, int newAttempt, double newNextAttemptAt, double clock) {
        return new ConnectionState(newState, newAttempt, newNextAttemptAt, clock, autoRefresh,
                wasOpen || state == SocketState.OPEN);
    }

    public ConnectionState withNow(double clock) {
        return new ConnectionState(state, attempt, nextAttemptAt, clock, autoRefresh, wasOpen);
    }

    public ConnectionState withAutoRefresh(boolean on) {
        return new ConnectionState(state, attempt, nextAttemptAt, now, on, wasOpen);
    }

    /** Returns the whole seconds until the next attempt, at least 0. */
    public int secondsToNextAttempt() {
        return (int) Math.max(0, Math.ceil((nextAttemptAt - now) / 1000));
    }
}
