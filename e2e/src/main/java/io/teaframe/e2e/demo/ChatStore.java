package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stores the chat messages that arrive as acknowledged socket messages, each one once.
 *
 * <p>The table {@code socket_deliveries} keeps the highest message id handed over per
 * client session, as the receiver's side of acknowledged mode requires. {@link #receive}
 * checks and raises it in the same transaction that stores the message, so a message
 * re-sent after a reconnect, even to another server thread or after a restart, is
 * acknowledged again but not stored twice.
 */
final class ChatStore {

    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_AUTHOR_LENGTH = 60;
    static final int MAX_HISTORY = 200;
    static final String ANONYMOUS = "anonymous";

    private final DemoDatabase database;

    ChatStore(DemoDatabase database) {
        this.database = database;
    }

    /** What {@link #receive} did with an acknowledged message. */
    sealed interface Receipt {
    }

    /** The message was new and valid, and is now stored. */
    record Stored(ChatMessage message) implements Receipt {
    }

    /** The message id was handed over before, so the message was dropped. */
    record Duplicate() implements Receipt {
    }

    /** The message id was new but the body was not a valid chat message; the id now counts as handed over. */
    record Rejected(String problem) implements Receipt {
    }

    /**
     * Handles acknowledged message {@code messageId} of {@code clientSession} once: if the
     * id is above the highest one handed over for that session, records it, and stores
     * {@code body} when it is a chat message {@code {"type":"chat","text":T,"author":A}}.
     */
    Receipt receive(String clientSession, int messageId, JsonValue body) throws SQLException {
        return database.inTransaction(connection -> {
            if (!claim(connection, clientSession, messageId)) {
                return new Duplicate();
            }
            String problem = validate(body);
            if (problem != null) {
                return new Rejected(problem);
            }
            JsonObject chat = body.asObject();
            JsonValue authorValue = chat.get("author");
            String author = authorValue == null || authorValue.asString().isBlank()
                    ? ANONYMOUS
                    : authorValue.asString().strip();
            String text = chat.get("text").asString().strip();
            Instant sentAt = Instant.now();
            return new Stored(insert(connection, clientSession, messageId, author, text, sentAt));
        });
    }

    /** Returns the latest {@code limit} messages, oldest first. */
    List<ChatMessage> recent(int limit) throws SQLException {
        List<ChatMessage> messages = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, author, text, sent_at FROM chat_messages ORDER BY id DESC LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(new ChatMessage(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        Collections.reverse(messages);
        return messages;
    }

    /** Returns the number of stored messages of {@code clientSession} with id {@code messageId}: 0 or 1. */
    int countStored(String clientSession, int messageId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM chat_messages WHERE client_session = ? AND message_id = ?")) {
            count.setString(1, clientSession);
            count.setInt(2, messageId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * Raises the session's highest handed-over id to {@code messageId} and returns true,
     * or returns false if it already was at least that. Two sockets of one session cannot
     * both claim an id: the update locks the row, and for the session's first id the
     * primary key makes the second insert fail.
     */
    private static boolean claim(Connection connection, String clientSession, int messageId) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(
                "UPDATE socket_deliveries SET highest_id = ? WHERE client_session = ? AND highest_id < ?")) {
            raise.setInt(1, messageId);
            raise.setString(2, clientSession);
            raise.setInt(3, messageId);
            if (raise.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO socket_deliveries (client_session, highest_id) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM socket_deliveries WHERE client_session = ?)")) {
            insert.setString(1, clientSession);
            insert.setInt(2, messageId);
            insert.setString(3, clientSession);
            return insert.executeUpdate() == 1;
        }
    }

    /** Returns what is wrong with {@code body} as a chat message, or null if nothing is. */
    private static String validate(JsonValue body) {
        if (body == null || !body.isObject()) {
            return "A chat message must be a JSON object";
        }
        JsonObject chat = body.asObject();
        if (!"chat".equals(chat.getString("type", null))) {
            return "Only messages of type chat are accepted in acknowledged mode";
        }
        JsonValue text = chat.get("text");
        if (text == null || !text.isString() || text.asString().isBlank()) {
            return "The chat message's text is missing or blank";
        }
        if (text.asString().strip().length() > MAX_TEXT_LENGTH) {
            return "The chat message's text is longer than " + MAX_TEXT_LENGTH + " characters";
        }
        JsonValue author = chat.get("author");
        if (author != null && (!author.isString() || author.asString().strip().length() > MAX_AUTHOR_LENGTH)) {
            return "The chat message's author must be a string of at most " + MAX_AUTHOR_LENGTH + " characters";
        }
        return null;
    }

    private static ChatMessage insert(Connection connection, String clientSession, int messageId, String author,
            String text, Instant sentAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO chat_messages (client_session, message_id, author, text, sent_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, clientSession);
            insert.setInt(2, messageId);
            insert.setString(3, author);
            insert.setString(4, text);
            insert.setObject(5, sentAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new ChatMessage(keys.getLong(1), author, text, sentAt);
            }
        }
    }
}
