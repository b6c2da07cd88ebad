package io.teaframe.socket;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Pings that find a dead connection. While the socket is open, the client sends
 * {@code pingText} every {@code intervalMillis}. If {@code pongText} does not arrive
 * within {@code timeoutMillis} of a ping, the socket counts as lost (a half-open TCP
 * connection never reports a close on its own) and the connection reconnects.
 *
 * <p>The texts are compared exactly with incoming text frames, before decoding. When the
 * server sends {@code pingText}, the client replies with {@code pongText}.
 *
 * @param intervalMillis the time from the open, or from one ping, to the next ping
 * @param timeoutMillis how long to wait for the pong
 * @param pingText the ping frame
 * @param pongText the pong frame
 */
public record Heartbeat(double intervalMillis, double timeoutMillis, String pingText, String pongText) {

    /** The ping of the teaframe wire protocol (docs/websocket-protocol.md). */
    public static final String PING = "{\"t\":\"ping\"}";

    /** The pong of the teaframe wire protocol. */
    public static final String PONG = "{\"t\":\"pong\"}";

    public Heartbeat {
        Delays.requireFinite(intervalMillis, "intervalMillis");
        Delays.requireFinite(timeoutMillis, "timeoutMillis");
        if (intervalMillis <= 0 || timeoutMillis <= 0) {
            throw new IllegalArgumentException("intervalMillis and timeoutMillis must be more than 0");
        }
        Objects.requireNonNull(pingText, "pingText");
        Objects.requireNonNull(pongText, "pongText");
    }

    /** Returns a heartbeat with the protocol's ping and pong frames. */
    public Heartbeat(double intervalMillis, double timeoutMillis) {
        this(intervalMillis, timeoutMillis, PING, PONG);
    }
}
