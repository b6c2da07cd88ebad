package io.teaframe.socket;

import io.teaframe.port.Delays;

/**
 * The status of one connection, as a value the app can keep in its state and views can
 * subscribe to. {@link Sockets#status(String)} returns the current one, and the
 * connection's {@code onStatus} event carries each new one.
 *
 * @param connectionId the connection's id
 * @param state the state
 * @param attempt the number of connection attempts that failed in a row since the
 *     connection was last stable: while {@link SocketState#RECONNECTING}, the number of
 *     the attempt that comes next; 0 after a first connect or a stable period
 * @param nextAttemptAt the clock time in milliseconds of the next attempt while
 *     {@link SocketState#RECONNECTING}, otherwise -1
 * @param lastCloseCode the close code of the last socket lost, or 0 if none was lost
 * @param lastCloseReason the close reason of the last socket lost, or an empty string
 */
public record SocketStatus(String connectionId, SocketState state, int attempt, double nextAttemptAt,
        int lastCloseCode, String lastCloseReason) {

    /** Returns the status of a connection that was never connected. */
    public static SocketStatus closed(String connectionId) {
        return new SocketStatus(connectionId, SocketState.CLOSED, 0, -1, 0, "");
    }

    public boolean isOpen() {
        return state == SocketState.OPEN;
    }

    /**
     * Returns the record's usual text, with the time through {@link Delays#format},
     * because the generated {@code toString} would bring TeaVM's double-to-text code
     * into every app that prints a status.
     */
    @Override
    public String toString() {
        return "SocketStatus[connectionId=" + connectionId + ", state=" + state + ", attempt=" + attempt
                + ", nextAttemptAt=" + Delays.format(nextAttemptAt) + ", lastCloseCode=" + lastCloseCode
                + ", lastCloseReason=" + lastCloseReason + "]";
    }
}
