package io.teaframe.demo.connection;

import io.teaframe.socket.SocketStatus;
import io.teaframe.sub.Query;

/** The events and the query of the connection badge and the auto-refresh switch. */
public final class ConnectionEvents {

    private ConnectionEvents() {
    }

    /** Connects the live socket. */
    public record Connect() {
    }

    public record SocketStatusChanged(SocketStatus status) {
    }

    /** Moves the reconnect countdown on. */
    public record CountdownTick() {
    }

    public record SetAutoRefresh(boolean on) {
    }

    /** The badge and the switch. */
    public record Connection() implements Query<ConnectionState> {
    }
}
