package io.teaframe.demo.details;

import static io.teaframe.demo.DemoHarness.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.details.DetailsEvents.CloseDetails;
import io.teaframe.demo.details.DetailsEvents.OpenDetails;
import io.teaframe.testkit.FakeTransport.SentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetailsTest {

    private final DemoHarness app = new DemoHarness();

    @Test
    void openLoadsUserThenPermissions() {
        app.dispatch(new OpenDetails(5));

        assertEquals(5, app.state().details().userId());
        assertEquals(List.of(), app.requests("GET /api/users/5/permissions"), "permissions before the user");
        app.respond("GET /api/users/5", 200, userJson(5, "Grace Hopper", 3));
        assertEquals("Grace Hopper", app.state().details().user().name());
        assertNull(app.state().details().permissions());

        app.respond("GET /api/users/5/permissions", 200, "{\"permissions\":[\"users.read\",\"users.write\"]}");

        assertEquals(List.of("users.read", "users.write"), app.state().details().permissions());
        app.assertNoErrors();
    }

    @Test
    void closingCancelsTheUserRequest() {
        app.dispatch(new OpenDetails(5));
        SentRequest user = app.http.last();

        app.dispatch(new CloseDetails());

        assertTrue(user.isCancelled(), "the user request was not aborted");
        assertFalse(app.state().details().isOpen());
        app.advance(10_000);
        assertEquals(List.of(), app.requests("GET /api/users/5/permissions"), "permissions after closing");
    }

    @Test
    void closingCancelsThePermissionsRequest() {
        app.dispatch(new OpenDetails(5));
        app.respond("GET /api/users/5", 200, userJson(5, "Grace Hopper", 3));
        SentRequest permissions = app.http.last();

        app.dispatch(new CloseDetails());

        assertTrue(permissions.isCancelled(), "the permissions request was not aborted");
        assertEquals(DetailsState.CLOSED, app.state().details());
    }

    @Test
    void openingAnotherUserCancelsTheFirst() {
        app.dispatch(new OpenDetails(5));
        SentRequest first = app.http.last();

        app.dispatch(new OpenDetails(6));

        assertTrue(first.isCancelled(), "the request for user 5 was not aborted");
        app.respond("GET /api/users/6", 200, userJson(6, "Alan Turing", 1));
        assertEquals(6, app.state().details().user().id());
        assertEquals(1, app.open("GET /api/users/6/permissions").size());
    }

    @Test
    void failedPermissionsShowAMessage() {
        app.dispatch(new OpenDetails(5));
        app.respond("GET /api/users/5", 200, userJson(5, "Grace Hopper", 3));

        app.respond("GET /api/users/5/permissions", 404,
                "{\"error\":{\"code\":\"not-found\",\"message\":\"No user 5\"}}");

        assertEquals("Could not load the permissions. HTTP 404: No user 5", app.state().details().message());
        assertEquals("Grace Hopper", app.state().details().user().name());
    }
}
