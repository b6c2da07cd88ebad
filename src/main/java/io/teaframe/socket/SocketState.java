package io.teaframe.socket;

/**
 * The state of one connection. The transitions between them are listed in this
 * package's documentation.
 */
public enum SocketState {
    /** Not connected because the app never connected or asked to close. */
    CLOSED,
    /** A socket is opening and has not reported open yet. */
    CONNECTING,
    /** A socket is open; messages are sent at once. */
    OPEN,
    /** The socket was lost and a new attempt is scheduled. */
    RECONNECTING,
    /**
     * The socket was lost and no attempt follows, because the reconnect policy stops on
     * that close code or the attempts ran out. Only a new connect starts again.
     */
    FAILED
}
