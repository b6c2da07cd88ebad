package io.teaframe.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault controls at /api/admin/faults and their effect on the API and the socket. */
class FaultsApiTest {

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

    @AfterEach
    void resetFaults() throws Exception {
        assertEquals(200, server.post("/api/admin/faults/reset").status());
    }

    @Test
    void faultsStartOff() throws Exception {
        JsonObject faults = server.get("/api/admin/faults").json();

        assertEquals(0, faults.getInt("latencyMillis", -1));
        assertEquals(0.0, faults.getDouble("errorRate", -1));
        assertEquals(503, faults.getInt("errorStatus", -1));
        assertFalse(faults.getBoolean("stallPongs", true));
    }

    @Test
    void latencyDelaysApiButNotAdmin() throws Exception {
        JsonObject set = server.put("/api/admin/faults", new JsonObject().add("latencyMillis", 400)).json();
        assertEquals(400, set.getInt("latencyMillis", -1));

        DemoServerFixture.Reply delayed = server.get("/api/users/1");
        DemoServerFixture.Reply admin = server.get("/api/admin/faults");

        assertEquals(200, delayed.status());
        assertTrue(delayed.millis() >= 400, "took " + delayed.millis() + " ms");
        assertEquals(200, admin.status());
        assertTrue(admin.millis() < 400, "admin took " + admin.millis() + " ms");
    }

    @Test
    void errorRateOneFailsEveryApiRequest() throws Exception {
        server.put("/api/admin/faults", new JsonObject().add("errorRate", 1.0).add("errorStatus", 502));

        for (String path : new String[] {"/api/users", "/api/users/1", "/api/users/1/permissions"}) {
            DemoServerFixture.Reply reply = server.get(path);

            assertEquals(502, reply.status(), path);
            assertEquals("injected-fault", reply.errorType(), path);
        }
        assertEquals(200, server.get("/api/admin/faults").status());
        server.post("/api/admin/faults/reset");
        assertEquals(200, server.get("/api/users/1").status());
    }

    @Test
    void putMergesAndRejectsInvalidSettings() throws Exception {
        server.put("/api/admin/faults", new JsonObject().add("errorRate", 0.25));
        JsonObject merged = server.put("/api/admin/faults", new JsonObject().add("stallPongs", true)).json();

        assertEquals(0.25, merged.getDouble("errorRate", -1));
        assertTrue(merged.getBoolean("stallPongs", false));
        for (JsonObject invalid : new JsonObject[] {
                new JsonObject().add("errorRate", 1.5),
                new JsonObject().add("errorStatus", 200),
                new JsonObject().add("latencyMillis", -1),
                new JsonObject().add("stallPongs", "yes"),
                new JsonObject().add("latency", 100)}) {
            DemoServerFixture.Reply reply = server.put("/api/admin/faults", invalid);

            assertEquals(400, reply.status(), invalid.toString());
            assertEquals("invalid-input", reply.errorType(), invalid.toString());
        }
        assertEquals(merged, server.get("/api/admin/faults").json());
    }

    @Test
    void dropSocketsClosesEveryOpenSocket() throws Exception {
        try (SocketClient first = SocketClient.connect(server.socketUri(), "drop-a");
                SocketClient second = SocketClient.connect(server.socketUri(), "drop-b")) {
            first.send("{\"t\":\"ping\"}");
            first.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong");
            second.send("{\"t\":\"ping\"}");
            second.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong");

            JsonObject dropped = server.post("/api/admin/faults/drop-sockets").json();

            assertEquals(2, dropped.getInt("dropped", -1));
            first.closed().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            second.closed().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void stalledPongsLeavePingsUnanswered() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri(), "stall")) {
            server.put("/api/admin/faults", new JsonObject().add("stallPongs", true));
            client.awaitPush("faults-changed", WAIT_MILLIS);

            client.send("{\"t\":\"ping\"}");
            Thread.sleep(300);
            assertTrue(client.drain().stream().noneMatch(SocketClient::isPong), "a pong arrived while stalled");

            server.put("/api/admin/faults", new JsonObject().add("stallPongs", false));
            client.send("{\"t\":\"ping\"}");
            client.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong after the stall");
        }
    }

    @Test
    void faultChangeIsPushedToSockets() throws Exception {
        try (SocketClient client = SocketClient.connect(server.socketUri(), "watch-faults")) {
            client.send("{\"t\":\"ping\"}");
            client.await(frame -> frame.getString("t", "").equals("pong"), WAIT_MILLIS, "pong");

            server.put("/api/admin/faults", new JsonObject().add("latencyMillis", 250));

            JsonObject pushed = client.awaitPush("faults-changed", WAIT_MILLIS);
            assertEquals(250, pushed.get("faults").asObject().getInt("latencyMillis", -1));
            JsonObject notification = client.awaitPush("notification", WAIT_MILLIS);
            assertTrue(notification.getString("text", "").contains("latency 250 ms"), notification.toString());
        }
    }
}
