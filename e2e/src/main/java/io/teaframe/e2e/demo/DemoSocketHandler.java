package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's socket app at {@code /ws}. Acknowledged messages are chat messages, stored
 * once by {@link ChatStore} and pushed to every socket. Requests:
 *
 * <ul>
 *   <li>{@code {"op":"chat-history","limit":N}} returns {@code {"messages":[...]}}, the
 *       latest N (at most {@value ChatStore#MAX_HISTORY}, default 50), oldest first;
 *   <li>{@code {"op":"faults"}} returns the fault settings;
 *   <li>anything else returns {@code {"error":"..."}}.
 * </ul>
 * Unnumbered messages from the client, such as a join, are accepted and ignored.
 */
final class DemoSocketHandler implements EnvelopeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSocketHandler.class);
    private static final int DEFAULT_HISTORY = 50;

    private final ChatStore chat;
    private final Pushes pushes;
    private final Faults faults;

    DemoSocketHandler(ChatStore chat, Pushes pushes, Faults faults) {
        this.chat = chat;
        this.pushes = pushes;
        this.faults = faults;
    }

    @Override
    public void onAcknowledged(EnvelopeConnection connection, String clientSession, int id, JsonValue body)
            throws SQLException {
        ChatStore.Receipt receipt = chat.receive(clientSession, id, body);
        if (receipt instanceof ChatStore.Stored stored) {
            LOG.debug("Stored chat message {} of client session {}", id, clientSession);
            pushes.chat(stored.message());
        } else if (receipt instanceof ChatStore.Duplicate) {
            LOG.debug("Dropped chat message {} of client session {} as a duplicate", id, clientSession);
        } else if (receipt instanceof ChatStore.Rejected rejected) {
            LOG.info("Rejected message {} of client session {} from {}: {}", id, clientSession,
                    connection.describe(), rejected.problem());
            connection.send(new JsonObject().add("type", "error").add("id", id).add("message", rejected.problem()));
        }
    }

    @Override
    public void onMessage(EnvelopeConnection connection, JsonValue body) {
        LOG.debug("Unnumbered message from {}: {}", connection.describe(), body);
    }

    @Override
    public JsonValue onRequest(EnvelopeConnection connection, JsonValue body) {
        String op = body.isObject() ? body.asObject().getString("op", "") : "";
        switch (op) {
            case "chat-history" -> {
                return history(body.asObject());
            }
            case "faults" -> {
                return faults.settings().toJson();
            }
            default -> {
                return new JsonObject().add("error", "Unknown op '" + op + "'; use chat-history or faults");
            }
        }
    }

    private JsonValue history(JsonObject request) {
        JsonValue limitValue = request.get("limit");
        int limit = DEFAULT_HISTORY;
        if (limitValue != null) {
            if (!limitValue.isNumber() || limitValue.asDouble() < 1 || limitValue.asDouble() > ChatStore.MAX_HISTORY) {
                return new JsonObject().add("error", "limit must be a number from 1 to " + ChatStore.MAX_HISTORY);
            }
            limit = (int) limitValue.asDouble();
        }
        try {
            JsonArray messages = new JsonArray();
            for (ChatMessage message : chat.recent(limit)) {
                messages.add(message.toJson());
            }
            return new JsonObject().add("messages", messages);
        } catch (SQLException e) {
            LOG.error("Failed to read the chat history", e);
            return new JsonObject().add("error", "Failed to read the chat history");
        }
    }
}
