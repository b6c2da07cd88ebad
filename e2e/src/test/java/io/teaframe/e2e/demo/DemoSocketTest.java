package io.teaframe.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo socket at /ws: the envelope protocol, chat stored once, and pushes on changes. */
class DemoSocketTest {

    private static final long WAIT_MILLIS = 5_000;

    @TempDir
    static Path folder;

    private static DemoServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServerFixture.start(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void pingGetsPong() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri())) {
            client.send("{\"t\":\"ping\"}");

            client.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong");
        }
    }

    @Test
    void chatResentAfterReconnectIsStoredOnce() throws Exception {
        String session = "resend-session";
        JsonObject chat = chat("stored once, please");

        try (SocketClient first = SocketClient.connect(server.socketUri(), session)) {
            first.sendAcknowledged(1, chat);
            first.awaitAck(1, WAIT_MILLIS);
            JsonObject pushed = first.awaitPush("chat", WAIT_MILLIS);
            assertEquals("stored once, please", pushed.get("message").asObject().getString("text", null));
        }
        try (SocketClient second = SocketClient.connect(server.socketUri(), session)) {
            second.sendAcknowledged(1, chat);
            second.awaitAck(1, WAIT_MILLIS);
            second.sendAcknowledged(2, chat("the next one"));
            second.awaitAck(2, WAIT_MILLIS);
            // Pushes go out in order, so the first chat push after the re-send shows whether it was stored again.
            JsonObject next = second.awaitPush("chat", WAIT_MILLIS);
            assertEquals("the next one", next.get("message").asObject().getString("text", null),
                    "the re-sent message was pushed again");
        }

        assertEquals(1, countChat("stored once, please"));
        assertEquals(1, countChat("the next one"));
    }

    @Test
    void sameIdFromAnotherSessionIsStored() throws Exception {
        try (SocketClient first = SocketClient.connect(server.socketUri(), "session-one");
                SocketClient second = SocketClient.connect(server.socketUri(), "session-two")) {
            first.sendAcknowledged(1, chat("from session one"));
            first.awaitAck(1, WAIT_MILLIS);
            second.sendAcknowledged(1, chat("from session two"));
            second.awaitAck(1, WAIT_MILLIS);
        }

        assertEquals(1, countChat("from session one"));
        assertEquals(1, countChat("from session two"));
    }

    @Test
    void invalidChatIsAcknowledgedAndRejected() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri(), "invalid-chat")) {
            client.sendAcknowledged(1, new JsonObject().add("type", "chat").add("text", "  "));

            client.awaitAck(1, WAIT_MILLIS);
            JsonObject error = client.awaitPush("error", WAIT_MILLIS);
            assertEquals(1, error.getInt("id", -1));
        }
    }

    @Test
    void updateIsPushedToEverySocket() throws Exception {
        try (SocketClient watcher = SocketClient.connect(server.socketUri(), "watcher");
                SocketClient other = SocketClient.connect(server.socketUri(), "other-tab")) {
            ping(watcher);
            ping(other);
            JsonObject user = server.get("/api/users/60").json();

            DemoServerFixture.Reply reply = server.put("/api/users/60",
                    Json.parse(user.toString()).asObject().set("team", "pushed"));
            assertEquals(200, reply.status(), reply.body());

            for (SocketClient client : new SocketClient[] {watcher, other}) {
                JsonObject pushed = client.awaitPush("user-updated", WAIT_MILLIS).get("user").asObject();
                assertEquals(60, pushed.getLong("id", -1));
                assertEquals("pushed", pushed.getString("team", null));
                assertEquals(2, pushed.getLong("version", -1));
                JsonObject notification = client.awaitPush("notification", WAIT_MILLIS);
                assertEquals("info", notification.getString("level", null));
            }
        }
    }

    @Test
    void deleteIsPushedToEverySocket() throws Exception {
        try (SocketClient watcher = SocketClient.connect(server.socketUri(), "delete-watcher")) {
            ping(watcher);

            assertEquals(204, server.delete("/api/users/61").status());

            JsonObject pushed = watcher.awaitPush("user-deleted", WAIT_MILLIS);
            assertEquals(61, pushed.getLong("id", -1));
        }
    }

    @Test
    void requestGetsResponseWithSameCid() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri(), "requester")) {
            client.sendAcknowledged(1, chat("in the history"));
            client.awaitAck(1, WAIT_MILLIS);

            client.send("{\"t\":\"req\",\"cid\":9,\"body\":{\"op\":\"chat-history\",\"limit\":200}}");

            JsonObject response = client.await(frame -> frame.getString("t", "").equals("res"), WAIT_MILLIS,
                    "response");
            assertEquals(9, response.getInt("cid", -1));
            JsonArray messages = response.get("body").asObject().get("messages").asArray();
            assertTrue(messages.values().stream()
                    .anyMatch(message -> message.asObject().getString("text", "").equals("in the history")));
        }
    }

    @Test
    void malformedFramesKeepSocketOpen() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri(), "malformed")) {
            client.send("{\"t\":\"msg\",\"body\":");
            client.send("[1,2]");
            client.send("{\"t\":\"shout\"}");
            client.send("{\"t\":\"msg\",\"id\":0,\"body\":{}}");

            ping(client);
        }
    }

    private static void ping(SocketClient client) throws Exception {
        client.send("{\"t\":\"ping\"}");
        client.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong");
    }

    private static JsonObject chat(String text) {
        return new JsonObject().add("type", "chat").add("text", text).add("author", "test");
    }

    private static long countChat(String text) throws Exception {
        JsonArray messages = server.get("/api/chat/messages?limit=200").json().get("messages").asArray();
        long count = 0;
        for (JsonValue message : messages) {
            if (message.asObject().getString("text", "").equals(text)) {
                count++;
            }
        }
        return count;
    }
}
