package io.teaframe.demo.details;

import static io.teaframe.demo.DemoHarness.pageJson;
import static io.teaframe.demo.DemoHarness.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.details.DetailsEvents.EditField;
import io.teaframe.demo.details.DetailsEvents.OpenDetails;
import io.teaframe.demo.details.DetailsEvents.SaveEdit;
import io.teaframe.demo.details.DetailsEvents.StartEdit;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.http.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditingTest {

    private static final String SAVE = "PUT /api/users/2";

    private final DemoHarness app = new DemoHarness();

    @BeforeEach
    void openUserTwoInTheEditor() {
        app.dispatch(new LoadUsers());
        app.respond("GET /api/users?", 200, pageJson(3, 1, 1, 2, 3));
        app.dispatch(new OpenDetails(2));
        app.respond("GET /api/users/2", 200, userJson(2, "User 2", 1));
        app.respond("GET /api/users/2/permissions", 200, "{\"permissions\":[]}");
        app.dispatch(new StartEdit());
        app.dispatch(new EditField("name", "Ada Lovelace"));
    }

    @Test
    void saveShowsTheEditAtOnce() {
        app.dispatch(new SaveEdit());

        assertEquals("Ada Lovelace", app.state().users().row(2).name());
        assertEquals("Ada Lovelace", app.state().details().user().name());
        assertTrue(app.state().users().saving().containsKey(2), "row 2 is not marked as saving");
        assertNull(app.state().details().draft());
        RequestBody.JsonBody body = (RequestBody.JsonBody) app.http.last().request().body();
        assertTrue(body.json().contains("\"name\":\"Ada Lovelace\""), body.json());
        assertTrue(body.json().contains("\"version\":1"), body.json());

        app.respond(SAVE, 200, userJson(2, "Ada Lovelace", 2));

        assertEquals(2, app.state().users().row(2).version());
        assertFalse(app.state().users().saving().containsKey(2));
        assertEquals("ok", app.state().users().noticeKind());
        app.assertNoErrors();
    }

    @Test
    void conflictShowsTheServersUser() {
        app.dispatch(new SaveEdit());

        app.respond(SAVE, 409, "{\"error\":{\"code\":\"conflict\",\"message\":\"Version 1 is stale\"},"
                + "\"current\":" + userJson(2, "Theirs Saved First", 2) + "}");

        assertEquals(1, app.requests(SAVE).size(), "a 409 was retried");
        assertEquals("Theirs Saved First", app.state().users().row(2).name());
        assertEquals(2, app.state().users().row(2).version());
        assertEquals("Theirs Saved First", app.state().details().user().name());
        assertFalse(app.state().users().saving().containsKey(2));
        assertEquals("error", app.state().users().noticeKind());
        assertTrue(app.state().users().notice().contains("someone else changed Theirs Saved First"),
                app.state().users().notice());
    }

    @Test
    void failureRollsTheRowBack() {
        app.dispatch(new SaveEdit());

        while (!app.open(SAVE).isEmpty()) {
            app.respond(SAVE, 500, "{\"error\":{\"code\":\"internal\",\"message\":\"Database down\"}}");
            app.advance(5_000);
        }

        assertEquals(4, app.requests(SAVE).size(), "attempts of the save");
        assertEquals("User 2", app.state().users().row(2).name());
        assertEquals(1, app.state().users().row(2).version());
        assertEquals("User 2", app.state().details().user().name());
        assertFalse(app.state().users().saving().containsKey(2));
        assertEquals("Not saved: HTTP 500: Database down. The row was rolled back.", app.state().users().notice());
    }

    @Test
    void networkFailureRollsTheRowBack() {
        app.dispatch(new SaveEdit());

        while (!app.open(SAVE).isEmpty()) {
            app.open(SAVE).get(0).failNetwork("connection refused");
            app.test.drain();
            app.advance(5_000);
        }

        assertEquals("User 2", app.state().users().row(2).name());
        assertEquals("error", app.state().users().noticeKind());
    }
}
