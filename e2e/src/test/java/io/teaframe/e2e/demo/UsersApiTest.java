package io.teaframe.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST endpoints of the users, against a freshly seeded database. The tests share the
 * server, so each one changes its own users and none deletes any.
 */
class UsersApiTest {

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
    void listCountsSeededUsers() throws Exception {
        DemoServerFixture.Reply reply = server.get("/api/users");

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject page = reply.json();
        assertEquals(1000, page.getLong("total", -1));
        assertEquals(20, page.get("users").asArray().size());
        assertEquals(1, page.getInt("page", -1));
        assertEquals(20, page.getInt("size", -1));
        assertEquals(50, page.getInt("pages", -1));
    }

    @Test
    void listFiltersByNameOrEmail() throws Exception {
        JsonObject byName = server.get("/api/users?q=" + encode("ZOË") + "&size=100").json();
        JsonObject byEmail = server.get("/api/users?q=smiley.person&size=100").json();

        assertEquals(List.of("Zoë Ångström"), names(byName));
        assertEquals(1, byName.getLong("total", -1));
        assertEquals(List.of("🙂 Smiley Person"), names(byEmail));
    }

    @Test
    void listTreatsLikeWildcardsAsText() throws Exception {
        JsonObject percent = server.get("/api/users?q=" + encode("%")).json();
        JsonObject underscore = server.get("/api/users?q=" + encode("_")).json();

        assertEquals(0, percent.getLong("total", -1));
        assertEquals(0, underscore.getLong("total", -1));
    }

    @Test
    void listSortsByEachColumnBothWays() throws Exception {
        for (String sort : List.of("name", "email", "created")) {
            for (String dir : List.of("asc", "desc")) {
                JsonArray users = server.get("/api/users?sort=" + sort + "&dir=" + dir + "&size=100&page=3").json()
                        .get("users").asArray();
                List<String> keys = new ArrayList<>();
                for (JsonValue user : users) {
                    keys.add(user.asObject().getString(sort, "").toLowerCase(Locale.ROOT));
                }
                List<String> sorted = new ArrayList<>(keys);
                sorted.sort(dir.equals("asc") ? Comparator.naturalOrder() : Comparator.reverseOrder());
                assertEquals(sorted, keys, "sort=" + sort + "&dir=" + dir);
            }
        }
    }

    @Test
    void listPagesWithoutOverlap() throws Exception {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; page <= 10; page++) {
            JsonArray users = server.get("/api/users?sort=created&size=100&page=" + page).json().get("users").asArray();
            assertEquals(100, users.size(), "page " + page);
            for (JsonValue user : users) {
                ids.add(user.asObject().getLong("id", -1));
            }
        }
        JsonObject pastTheEnd = server.get("/api/users?size=100&page=11").json();

        assertEquals(1000, ids.size());
        assertEquals(0, pastTheEnd.get("users").asArray().size());
        assertEquals(1000, pastTheEnd.getLong("total", -1));
    }

    @Test
    void listRejectsInvalidParameters() throws Exception {
        for (String query : List.of("sort=age", "dir=up", "page=0", "size=101", "size=ten")) {
            DemoServerFixture.Reply reply = server.get("/api/users?" + query);

            assertEquals(400, reply.status(), query);
            assertEquals("invalid-parameter", reply.errorType(), query);
        }
    }

    @Test
    void getReturnsTrickyNamesAsText() throws Exception {
        JsonObject user = server.get("/api/users/7").json();

        assertEquals("<img src=x onerror=alert(1)>", user.getString("name", null));
        assertEquals("Dwayne \"The Rock\" Johnson", server.get("/api/users/555").json().getString("name", null));
        assertEquals("O'Brien, Siobhán", server.get("/api/users/500").json().getString("name", null));
    }

    @Test
    void getUnknownUserIs404() throws Exception {
        DemoServerFixture.Reply reply = server.get("/api/users/5000");

        assertEquals(404, reply.status());
        assertEquals("not-found", reply.errorType());
        assertEquals(404, reply.json().get("error").asObject().getInt("status", -1));
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        assertEquals("not-found", server.get("/api/nothing").errorType());
        assertEquals(405, server.post("/api/users").status());
        assertEquals("method-not-allowed", server.post("/api/users").errorType());
        assertEquals(400, server.get("/api/users/abc").status());
    }

    @Test
    void permissionsFollowRole() throws Exception {
        JsonObject admin = server.get("/api/users/4/permissions").json();
        JsonObject grant = server.get("/api/users/14/permissions").json();

        assertEquals("admin", admin.getString("role", null));
        assertTrue(strings(admin.get("permissions").asArray()).contains("admin.faults"));
        assertTrue(strings(grant.get("permissions").asArray()).contains("reports.export"));
        assertEquals(404, server.get("/api/users/5000/permissions").status());
    }

    @Test
    void putUpdatesAndRaisesVersion() throws Exception {
        JsonObject user = server.get("/api/users/20").json();
        JsonObject changed = copy(user).set("name", "Renamed Person").set("role", "admin");

        DemoServerFixture.Reply reply = server.put("/api/users/20", changed);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("Renamed Person", reply.json().getString("name", null));
        assertEquals(user.getLong("version", 0) + 1, reply.json().getLong("version", 0));
        assertEquals("Renamed Person", server.get("/api/users/20").json().getString("name", null));
        assertTrue(strings(server.get("/api/users/20/permissions").json().get("permissions").asArray())
                .contains("users.delete"));
    }

    @Test
    void putWithStaleVersionIs409WithCurrentUser() throws Exception {
        JsonObject user = server.get("/api/users/21").json();
        assertEquals(200, server.put("/api/users/21", copy(user).set("team", "first")).status());

        DemoServerFixture.Reply stale = server.put("/api/users/21", copy(user).set("team", "second"));

        assertEquals(409, stale.status());
        assertEquals("version-conflict", stale.errorType());
        JsonObject current = stale.json().get("current").asObject();
        assertEquals("first", current.getString("team", null));
        assertEquals(user.getLong("version", 0) + 1, current.getLong("version", 0));
        assertEquals("first", server.get("/api/users/21").json().getString("team", null));
    }

    @Test
    void putRejectsInvalidInput() throws Exception {
        JsonObject user = server.get("/api/users/22").json();
        List<JsonObject> invalid = List.of(
                copy(user).set("email", "not-an-email"),
                copy(user).set("name", "  "),
                copy(user).set("role", "owner"),
                copy(user).set("active", "yes"),
                copy(user).set("id", 23),
                copy(user).set("nickname", "x"),
                copy(user).remove("version"));

        for (JsonObject body : invalid) {
            DemoServerFixture.Reply reply = server.put("/api/users/22", body);

            assertEquals(400, reply.status(), body.toString());
            assertEquals("invalid-input", reply.errorType(), body.toString());
            assertTrue(reply.json().get("error").asObject().get("fields").isObject(), reply.body());
        }
        assertEquals("invalid-json", server.putText("/api/users/22", "{\"name\":").errorType());
        assertEquals(user, server.get("/api/users/22").json());
    }

    @Test
    void putUnknownUserIs404AndTakenEmailIs409() throws Exception {
        JsonObject user = server.get("/api/users/24").json();
        String otherEmail = server.get("/api/users/25").json().getString("email", null);

        assertEquals(404, server.put("/api/users/5000", copy(user).remove("id")).status());
        DemoServerFixture.Reply takenEmail = server.put("/api/users/24", copy(user).set("email", otherEmail));
        assertEquals(409, takenEmail.status());
        assertEquals("email-taken", takenEmail.errorType());
    }

    /** Returns a copy that the test can change, because minimal-json objects are mutable. */
    private static JsonObject copy(JsonObject object) {
        return Json.parse(object.toString()).asObject();
    }

    private static List<String> names(JsonObject page) {
        List<String> names = new ArrayList<>();
        for (JsonValue user : page.get("users").asArray()) {
            names.add(user.asObject().getString("name", null));
        }
        return names;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
