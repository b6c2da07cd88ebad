package io.teaframe.demo.errors;

import static io.teaframe.demo.DemoHarness.pageJson;
import static io.teaframe.demo.DemoHarness.push;
import static io.teaframe.demo.DemoHarness.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.details.DetailsEvents.EditField;
import io.teaframe.demo.details.DetailsEvents.OpenDetails;
import io.teaframe.demo.details.DetailsEvents.StartEdit;
import io.teaframe.demo.errors.Errors.ClearErrors;
import io.teaframe.demo.faults.FaultsEvents.ThrowInHandler;
import io.teaframe.demo.errors.ErrorsState.Entry;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    private final DemoHarness app = new DemoHarness();

    @Test
    void throwingHandlerReachesThePanel() {
        app.dispatch(new LoadUsers());
        app.respond("GET /api/users?", 200, pageJson(1, 1, 2));
        app.dispatch(new OpenDetails(2));
        app.respond("GET /api/users/2", 200, userJson(2, "User 2", 1));
        app.dispatch(new StartEdit());
        app.test.advance(1_234);

        app.dispatch(new EditField("nickname", "Ada"));

        List<Entry> entries = app.state().errors().entries();
        assertEquals(1, entries.size(), "errors: " + entries);
        assertEquals("HANDLER", entries.get(0).phase());
        assertTrue(entries.get(0).text().startsWith("Unknown user field 'nickname'"), entries.get(0).text());
        assertTrue(entries.get(0).text().endsWith(" while handling EditField"), entries.get(0).text());
        assertEquals(app.test.time().now(), entries.get(0).timeMillis());
        assertEquals("User 2", app.state().details().draft().name(), "the failed event changed the draft");
    }

    @Test
    void faultPanelButtonReachesThePanel() {
        app.dispatch(new ThrowInHandler());

        List<Entry> entries = app.state().errors().entries();
        assertEquals(1, entries.size(), "errors: " + entries);
        assertEquals("HANDLER", entries.get(0).phase());
        assertEquals("Thrown on purpose by the fault panel's button while handling ThrowInHandler",
                entries.get(0).text());
    }

    @Test
    void unroutedSocketMessageReachesThePanel() {
        app.dispatch(new Connect());
        app.acceptSocket().send(push("{\"type\":\"no-such-type\"}"));
        app.test.drain();

        List<Entry> entries = app.state().errors().entries();
        assertEquals(1, entries.size(), "errors: " + entries);
        assertEquals("MESSAGE", entries.get(0).phase());
    }

    @Test
    void clearEmptiesThePanel() {
        app.dispatch(new Connect());
        app.acceptSocket().send(push("{\"type\":\"no-such-type\"}"));
        app.test.drain();

        app.dispatch(new ClearErrors());

        app.assertNoErrors();
    }

    @Test
    void panelKeepsTheLatestTwenty() {
        app.dispatch(new Connect());
        var socket = app.acceptSocket();
        for (int i = 0; i < ErrorsState.MAX_KEPT + 5; i++) {
            socket.send(push("{\"type\":\"no-such-type\"}"));
        }
        app.test.drain();

        List<Entry> entries = app.state().errors().entries();
        assertEquals(ErrorsState.MAX_KEPT, entries.size());
        assertEquals(6, entries.get(0).id());
    }
}
