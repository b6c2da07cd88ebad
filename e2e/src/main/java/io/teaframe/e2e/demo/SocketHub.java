package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open sockets of {@code /ws}, for pushes to all of them and for dropping them all. */
final class SocketHub {

    private static final Logger LOG = LoggerFactory.getLogger(SocketHub.class);

    private final Set<EnvelopeConnection> open = ConcurrentHashMap.newKeySet();

    void add(EnvelopeConnection connection) {
        open.add(connection);
        LOG.info("Socket connected: {} ({} open)", connection.describe(), open.size());
    }

    void remove(EnvelopeConnection connection, int code, String reason) {
        if (open.remove(connection)) {
            LOG.info("Socket disconnected: {}, code {}{} ({} open)", connection.describe(), code,
                    reason == null || reason.isEmpty() ? "" : ", reason '" + reason + "'", open.size());
        }
    }

    /** Sends {@code body} as a message to every open socket. */
    void broadcast(JsonValue body) {
        for (EnvelopeConnection connection : open) {
            connection.send(body);
        }
    }

    /** Drops every open socket without a close frame and returns how many there were. */
    int dropAll() {
        List<EnvelopeConnection> current = List.copyOf(open);
        for (EnvelopeConnection connection : current) {
            connection.disconnect();
        }
        LOG.info("Dropped {} sockets on request", current.size());
        return current.size();
    }

    int openCount() {
        return open.size();
    }
}
