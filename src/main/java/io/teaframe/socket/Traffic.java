package io.teaframe.socket;

import io.teaframe.json.Json;
import io.teaframe.port.Cancellable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The traffic over a connection's sockets: outgoing messages through the outbox, the
 * re-send list, requests and their timeouts, acknowledgements, and incoming frames
 * decoded and routed to events. {@link Connection} owns the sockets; this class only
 * sends through the open one.
 */
final class Traffic {

    /** A request waiting for its response. */
    private record PendingRequest(Function<? super Json, ?> onResponse, Cancellable timer) {
    }

    private final Connection connection;
    /** This client's session in the protocol's hello; one per connection id and module. */
    private final String session;
    private final Outbox outbox = new Outbox();
    /** The frames of {@link SocketSubscribe}, by key, in the order first subscribed. */
    private final Map<String, Object> subscriptions = new LinkedHashMap<>();
    private final Map<Integer, PendingRequest> requests = new HashMap<>();

    private SocketConfig config;
    private String pingText;
    private String pongText;

    private int nextMessageId = 1;
    private int nextCorrelationId = 1;
    /** The highest acknowledged id delivered from the server's current session. */
    private int lastDeliveredId;
    /** The server's session from its hello, or null before one arrived. */
    private String serverSession;

    Traffic(Connection connection, String session) {
        this.connection = connection;
        this.session = session;
    }

    void configure(SocketConfig newConfig) {
        config = newConfig;
        outbox.setPolicy(newConfig.outbox());
        Heartbeat heartbeat = newConfig.heartbeat();
        if (heartbeat != null) {
            pingText = heartbeat.pingText();
            pongText = heartbeat.pongText();
        } else if (newConfig.envelope()) {
            pingText = Heartbeat.PING;
            pongText = Heartbeat.PONG;
        } else {
            pingText = null;
            pongText = null;
        }
    }

    int waiting() {
        return outbox.size();
    }

    // ---------------------------------------------------------------- outgoing

    /**
     * Sends what a newly opened socket needs, in the order the server expects: the
     * hello, the subscriptions, the unacknowledged messages, then the queued ones.
     */
    void opened() {
        if (config.acknowledged()) {
            connection.send(Envelope.hello(session));
        }
        for (Object frame : subscriptions.values()) {
            connection.send(frame);
        }
        for (Outbox.Entry entry : outbox.unacknowledged()) {
            connection.send(entry.frame);
        }
        Outbox.Entry entry = outbox.pollQueued();
        while (entry != null) {
            connection.send(entry.frame);
            if (entry.id != 0) {
                outbox.awaitAck(entry);
            }
            entry = outbox.pollQueued();
        }
    }

    void send(Object message) {
        Object frame;
        int id = 0;
        if (config.envelope()) {
            String body = config.codec().jsonText(message);
            if (config.acknowledged()) {
                id = nextMessageId++;
                frame = Envelope.message(id, body);
            } else {
                frame = Envelope.message(body);
            }
        } else {
            frame = config.codec().encode(message);
        }

        if (connection.isOpen() && id == 0) {
            connection.send(frame);
            return;
        }
        Outbox.Entry entry = new Outbox.Entry(frame, message, id, 0);
        if (!admit(entry)) {
            return;
        }
        if (connection.isOpen()) {
            connection.send(frame);
            outbox.awaitAck(entry);
        } else {
            outbox.enqueue(entry);
        }
    }

    void request(SocketRequest request) {
        if (!config.envelope()) {
            throw new IllegalStateException("socket '" + connection.id()
                    + "': requests need the envelope; build its SocketConfig with envelope() or acknowledged()");
        }
        int correlationId = nextCorrelationId++;
        String frame = Envelope.request(correlationId, config.codec().jsonText(request.message()));

        Cancellable timer = connection.sockets().scheduler().timeout(request.timeoutMillis(), () -> {
            if (requests.remove(correlationId) != null) {
                outbox.removeRequest(correlationId);
                connection.sockets().dispatch(request.timeoutEvent());
            }
        });
        requests.put(correlationId, new PendingRequest(request.onResponse(), timer));

        if (connection.isOpen()) {
            connection.send(frame);
            return;
        }
        Outbox.Entry entry = new Outbox.Entry(frame, request.message(), 0, correlationId);
        if (!admit(entry)) {
            timer.cancel();
            requests.remove(correlationId);
            return;
        }
        outbox.enqueue(entry);
    }

    void subscribe(String key, Object message) {
        Object frame = config.envelope()
                ? Envelope.message(config.codec().jsonText(message))
                : config.codec().encode(message);
        subscriptions.put(key, frame);
        if (connection.isOpen()) {
            connection.send(frame);
        }
    }

    void unsubscribe(String key) {
        subscriptions.remove(key);
    }

    /**
     * Applies the overflow policy before {@code entry} waits. Returns false if the entry
     * itself was rejected. Whatever is lost produces the overflow event, or an error
     * report when the app set no factory, so a lost message is never silent. A dropped
     * request still times out.
     */
    private boolean admit(Outbox.Entry entry) {
        Outbox.Entry lost = outbox.makeRoom(entry);
        if (lost == null) {
            return true;
        }
        OutboxPolicy policy = outbox.policy();
        OutboxOverflow overflow = new OutboxOverflow(connection.id(), lost.message, policy.overflow());
        if (config.onOverflow() != null) {
            connection.sockets().dispatchFrom(config.onOverflow(), overflow);
        } else {
            connection.sockets().report("socket '" + connection.id() + "' outbox",
                    new IllegalStateException("outbox full (" + policy.maxMessages() + " messages, "
                            + policy.overflow() + "); lost " + lost.message));
        }
        return lost != entry;
    }

    // ---------------------------------------------------------------- incoming

    void receiveText(String text) {
        if (pongText != null && pongText.equals(text)) {
            connection.pong();
            return;
        }
        if (pingText != null && pingText.equals(text)) {
            connection.send(pongText);
            return;
        }
        if (!config.envelope()) {
            Object message;
            try {
                message = config.codec().decodeText(text);
            } catch (RuntimeException e) {
                reportUndecodable(text, e);
                return;
            }
            deliver(message, text);
            return;
        }
        receiveEnvelope(text);
    }

    void receiveBytes(byte[] bytes) {
        Object message;
        try {
            message = config.codec().decodeBytes(bytes);
        } catch (RuntimeException e) {
            reportUndecodable("a binary frame of " + bytes.length + " bytes", e);
            return;
        }
        deliver(message, "a binary frame");
    }

    private void receiveEnvelope(String text) {
        try {
            Json frame = config.codec().parser().parse(text);
            String type = frame.string("t");
            if (Envelope.MESSAGE.equals(type)) {
                receiveMessage(frame, text);
            } else if (Envelope.ACK.equals(type)) {
                outbox.acknowledgeThrough(frame.integer("id"));
            } else if (Envelope.RESPONSE.equals(type)) {
                receiveResponse(frame);
            } else if (Envelope.HELLO.equals(type)) {
                receiveHello(frame.string("session"));
            } else if (Envelope.PONG.equals(type)) {
                connection.pong();
            } else if (Envelope.PING.equals(type)) {
                connection.send(pongText);
            } else {
                throw new IllegalArgumentException("unknown frame type '" + type + "'");
            }
        } catch (RuntimeException e) {
            reportUndecodable(text, e);
        }
    }

    private void receiveMessage(Json frame, String text) {
        Json body = frame.get("body");
        if (body.isMissing()) {
            throw new IllegalArgumentException("message frame without a body");
        }
        if (frame.has("id")) {
            int id = frame.integer("id");
            // Acknowledge duplicates too: the server re-sends because our last ack was lost.
            connection.send(Envelope.ack(id));
            if (id <= lastDeliveredId) {
                connection.sockets().logger().debug("socket '" + connection.id() + "': dropped duplicate message "
                        + id);
                return;
            }
            lastDeliveredId = id;
        }
        deliver(body, text);
    }

    private void receiveResponse(Json frame) {
        int correlationId = frame.integer("cid");
        PendingRequest pending = requests.remove(correlationId);
        if (pending == null) {
            connection.sockets().logger().debug("socket '" + connection.id() + "': dropped the response to request "
                    + correlationId + ", which timed out or was never sent");
            return;
        }
        pending.timer().cancel();
        Object event;
        try {
            event = pending.onResponse().apply(frame.get("body"));
        } catch (RuntimeException e) {
            reportUndecodable(frame.toJson(), e);
            return;
        }
        if (event != null) {
            connection.sockets().dispatch(event);
        }
    }

    /** Restarts the record of delivered ids when the server's session changes, because a new one numbers from 1. */
    private void receiveHello(String session) {
        if (!session.equals(serverSession)) {
            serverSession = session;
            lastDeliveredId = 0;
        }
    }

    private void deliver(Object message, String text) {
        Object event;
        try {
            event = config.router().route(message);
        } catch (RuntimeException e) {
            reportUndecodable(text, e);
            return;
        }
        if (event != null) {
            connection.sockets().dispatch(event);
        }
    }

    private void reportUndecodable(String text, RuntimeException cause) {
        connection.sockets().report("socket '" + connection.id() + "' message " + Sockets.shorten(text), cause);
    }
}
