package io.teaframe.e2e.demo;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of the teaframe envelope protocol (docs/websocket-protocol.md) for one
 * socket, independent of the WebSocket library: frames come in through {@link #onText}
 * and go out through a {@link FrameSink}.
 *
 * <p>It replies to {@code ping} with {@code pong} unless pongs are stalled, keeps the client
 * session from {@code hello}, acknowledges every {@code msg} with an {@code id} after the
 * {@link EnvelopeHandler} took it (duplicates too, as the protocol requires), and answers
 * {@code req} with {@code res}. The server's own messages go out without ids: they are
 * not numbered, acknowledged or re-sent, so a client that reconnects should load the
 * current state again.
 *
 * <p>Not thread-safe for incoming frames: the WebSocket library must deliver one frame
 * at a time, as Jetty does per session. {@link #send} may be called from any thread.
 *
 * <p>NOTE: {@code io.teaframe.e2e.server.SocketTestServer} implements the same frames
 * inside its own endpoint, for the browser scenarios. Moving it onto this class would
 * need a hook between storing a message and sending its ack, where its chaos mode drops
 * sockets.
 */
public final class EnvelopeConnection {

    /** The ping frame as the client writes it, compared before parsing. */
    static final String PING = "{\"t\":\"ping\"}";
    static final String PONG = "{\"t\":\"pong\"}";

    /** The maximum length of a client session, in characters. Clients send a UUID of 36. */
    static final int MAX_SESSION_LENGTH = 100;

    /** The close code for a client that breaks the protocol; by default clients do not reconnect after it. */
    static final int POLICY_VIOLATION = 1008;
    static final int SERVER_ERROR = 1011;

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeConnection.class);
    private static final int MAX_LOGGED_FRAME = 200;

    private final FrameSink sink;
    private final EnvelopeHandler handler;
    private final BooleanSupplier stallPongs;

    /** The client's session from its hello, or null before one arrived. */
    private String clientSession;

    public EnvelopeConnection(FrameSink sink, EnvelopeHandler handler, BooleanSupplier stallPongs) {
        this.sink = sink;
        this.handler = handler;
        this.stallPongs = stallPongs;
    }

    /** Returns the client session of the last hello, or null if none arrived yet. */
    public String clientSession() {
        return clientSession;
    }

    /** Returns the socket's peer for logs. */
    public String describe() {
        return sink.describe();
    }

    /** Sends {@code body} as an unnumbered {@code msg}. */
    public void send(JsonValue body) {
        sink.sendText(new JsonObject().add("t", "msg").add("body", body).toString());
    }

    /** Drops the socket without a close frame. */
    public void disconnect() {
        sink.disconnect();
    }

    void opened() {
        handler.onOpen(this);
    }

    void closed() {
        handler.onClose(this);
    }

    /** Handles one text frame from the client. */
    public void onText(String text) {
        if (PING.equals(text)) {
            answerPing();
            return;
        }
        JsonObject frame;
        try {
            JsonValue value = Json.parse(text);
            if (!value.isObject()) {
                warn("Ignored a frame that is not a JSON object", text);
                return;
            }
            frame = value.asObject();
        } catch (ParseException e) {
            warn("Ignored a frame that is not valid JSON", text);
            return;
        }

        String type = frame.getString("t", "");
        switch (type) {
            case "ping" -> answerPing();
            case "pong", "ack" -> {
                // The server sends no pings and numbers none of its messages, so there is nothing to track.
            }
            case "hello" -> receiveHello(frame, text);
            case "msg" -> receiveMessage(frame, text);
            case "req" -> receiveRequest(frame, text);
            default -> warn("Ignored a frame of unknown type '" + type + "'", text);
        }
    }

    private void answerPing() {
        if (stallPongs.getAsBoolean()) {
            LOG.debug("Left a ping from {} unanswered because pongs are stalled", describe());
            return;
        }
        sink.sendText(PONG);
    }

    private void receiveHello(JsonObject frame, String text) {
        JsonValue session = frame.get("session");
        if (session == null || !session.isString() || session.asString().isEmpty()
                || session.asString().length() > MAX_SESSION_LENGTH) {
            warn("Closing: the hello has no session string of 1 to " + MAX_SESSION_LENGTH + " characters", text);
            sink.close(POLICY_VIOLATION, "invalid hello");
            return;
        }
        clientSession = session.asString();
        LOG.debug("Client session {} on {}", clientSession, describe());
    }

    private void receiveMessage(JsonObject frame, String text) {
        JsonValue body = frame.get("body");
        if (body == null) {
            warn("Ignored a msg without a body", text);
            return;
        }
        JsonValue idValue = frame.get("id");
        if (idValue == null) {
            handler.onMessage(this, body);
            return;
        }
        if (!isMessageId(idValue)) {
            warn("Ignored a msg whose id is not a whole number from 1 to 2^31 - 1", text);
            return;
        }
        if (clientSession == null) {
            // Without a hello the ids cannot be tied to a client, so they count for this socket only.
            clientSession = "no-hello-" + UUID.randomUUID();
            LOG.warn("{} sent an acknowledged message before a hello; its ids count for this socket only as {}",
                    describe(), clientSession);
        }
        int id = (int) idValue.asDouble();
        try {
            handler.onAcknowledged(this, clientSession, id, body);
        } catch (Exception e) {
            LOG.error("Failed to take message {} of client session {} from {}; closing so that the client sends"
                    + " it again", id, clientSession, describe(), e);
            sink.close(SERVER_ERROR, "message not stored");
            return;
        }
        sink.sendText("{\"t\":\"ack\",\"id\":" + id + "}");
    }

    private void receiveRequest(JsonObject frame, String text) {
        JsonValue cid = frame.get("cid");
        if (cid == null || !isMessageId(cid)) {
            warn("Ignored a req whose cid is not a whole number from 1 to 2^31 - 1", text);
            return;
        }
        JsonValue body = frame.get("body");
        JsonValue response;
        try {
            response = handler.onRequest(this, body == null ? Json.NULL : body);
        } catch (RuntimeException e) {
            LOG.error("Request {} from {} failed", cid, describe(), e);
            response = new JsonObject().add("error", "The request failed on the server: " + e);
        }
        sink.sendText(new JsonObject().add("t", "res").add("cid", (int) cid.asDouble()).add("body", response)
                .toString());
    }

    private static boolean isMessageId(JsonValue value) {
        if (!value.isNumber()) {
            return false;
        }
        double number = value.asDouble();
        return number == Math.rint(number) && number >= 1 && number <= Integer.MAX_VALUE;
    }

    private void warn(String problem, String text) {
        String shown = text.length() > MAX_LOGGED_FRAME ? text.substring(0, MAX_LOGGED_FRAME) + "..." : text;
        LOG.warn("{} from {}: {}", problem, describe(), shown);
    }
}
