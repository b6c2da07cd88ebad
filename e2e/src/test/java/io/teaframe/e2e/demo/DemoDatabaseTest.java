package io.teaframe.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file: seeded on the first start, kept across restarts, reset on request. */
class DemoDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void changesSurviveRestart() throws Exception {
        try (DemoServerFixture server = DemoServerFixture.start(folder)) {
            JsonObject user = server.get("/api/users/40").json();
            assertEquals(200, server.put("/api/users/40", Json.parse(user.toString()).asObject()
                    .set("name", "Kept Name")).status());
            assertEquals(204, server.delete("/api/users/41").status());
        }
        assertTrue(Files.exists(folder.resolve("db").resolve("teaframe-demo.mv.db")));

        try (DemoServerFixture server = DemoServerFixture.start(folder)) {
            JsonObject user = server.get("/api/users/40").json();
            assertEquals("Kept Name", user.getString("name", null));
            assertEquals(2, user.getLong("version", 0));
            assertEquals(999, server.get("/api/users").json().getLong("total", -1));
        }
    }

    @Test
    void deleteRemovesUserAndChecksVersion() throws Exception {
        try (DemoServerFixture server = DemoServerFixture.start(folder)) {
            assertEquals("version-conflict", server.delete("/api/users/30?version=7").errorType());

            assertEquals(204, server.delete("/api/users/30?version=1").status());

            assertEquals(404, server.get("/api/users/30").status());
            assertEquals(404, server.get("/api/users/30/permissions").status());
            assertEquals(404, server.delete("/api/users/30").status());
        }
    }

    @Test
    void dataResetRestoresSeed() throws Exception {
        try (DemoServerFixture server = DemoServerFixture.start(folder)) {
            assertEquals(204, server.delete("/api/users/50").status());

            DemoServerFixture.Reply reset = server.post("/api/admin/data/reset");

            assertEquals(200, reset.status());
            assertEquals(1000, reset.json().getLong("users", -1));
            assertEquals(1, server.get("/api/users/50").json().getLong("version", 0));
        }
    }
}
