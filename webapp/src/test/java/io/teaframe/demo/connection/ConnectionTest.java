package io.teaframe.demo.connection;

import static io.teaframe.demo.DemoHarness.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.connection.ConnectionEvents.SetAutoRefresh;
import io.teaframe.socket.SocketState;
import io.teaframe.testkit.FakeSocket;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private static final String PAGES = "GET /api/users?";

    private final DemoHarness app = new DemoHarness();

    @Test
    void badgeFollowsTheSocket() {
        app.dispatch(new Connect());
        assertEquals(SocketState.CONNECTING, app.state().connection().state());

        FakeSocket socket = app.acceptSocket();
        assertEquals(SocketState.OPEN, app.state().connection().state());
        assertEquals(0, app.requests(PAGES).size(), "the first open reloaded the table");

        socket.drop();
        app.test.drain();

        ConnectionState connection = app.state().connection();
        assertEquals(SocketState.RECONNECTING, connection.state());
        assertEquals(1, connection.attempt());
        assertTrue(connection.nextAttemptAt() > app.test.time().now(), "next attempt " + connection.nextAttemptAt());
        // The first reconnect waits 1 s or less, so the badge counts down from 1.
        assertEquals(1, connection.secondsToNextAttempt());
    }

    @Test
    void countdownTicksTowardsTheNextAttempt() {
        app.dispatch(new Connect());
        app.acceptSocket().drop();
        app.test.drain();
        // Refuse reconnects until the wait is long enough to count down over whole seconds.
        while (app.state().connection().secondsToNextAttempt() < 3) {
            app.advance(app.state().connection().nextAttemptAt() - app.test.time().now());
            app.sockets.last().refuse();
            app.test.drain();
        }
        int seconds = app.state().connection().secondsToNextAttempt();
        int attempt = app.state().connection().attempt();

        app.advance(1_000);

        assertEquals(seconds - 1, app.state().connection().secondsToNextAttempt());
        assertEquals(app.test.time().now(), app.state().connection().now());
        assertEquals(attempt, app.state().connection().attempt());
    }

    @Test
    void countdownStopsWhenOpen() {
        app.dispatch(new Connect());
        app.acceptSocket().drop();
        app.test.drain();
        app.advance(app.state().connection().nextAttemptAt() - app.test.time().now());
        app.acceptSocket();
        double openedAt = app.state().connection().now();

        app.advance(2_000);

        assertEquals(SocketState.OPEN, app.state().connection().state());
        assertEquals(openedAt, app.state().connection().now(), "countdown ticks after the socket opened");
    }

    @Test
    void reconnectReloadsTableAndChat() {
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();
        app.respond("GET /api/chat/messages", 200, "{\"messages\":[]}");
        socket.drop();
        app.test.drain();
        int pages = app.requests(PAGES).size();
        int histories = app.requests("GET /api/chat/messages").size();

        app.advance(app.state().connection().nextAttemptAt() - app.test.time().now());
        app.acceptSocket();

        assertEquals(pages + 1, app.requests(PAGES).size(), "table loads after the reconnect");
        assertEquals(histories + 1, app.requests("GET /api/chat/messages").size(), "chat loads after the reconnect");
    }

    @Test
    void autoRefreshReloadsEveryTenSeconds() {
        app.dispatch(new SetAutoRefresh(true));
        assertTrue(app.state().connection().autoRefresh());
        assertEquals(0, app.requests(PAGES).size());

        app.advance(ConnectionHandlers.AUTO_REFRESH_MILLIS);
        assertEquals(1, app.requests(PAGES).size());
        app.respond(PAGES, 200, pageJson(3, 1, 1, 2, 3));

        app.advance(ConnectionHandlers.AUTO_REFRESH_MILLIS);
        assertEquals(2, app.requests(PAGES).size(), "a refresh must skip the cache");
        app.respond(PAGES, 200, pageJson(3, 1, 1, 2, 3));
        assertEquals(false, app.state().users().fromCache());
    }

    @Test
    void autoRefreshOffStopsRequests() {
        app.dispatch(new SetAutoRefresh(true));
        app.advance(ConnectionHandlers.AUTO_REFRESH_MILLIS);
        app.respond(PAGES, 200, pageJson(3, 1, 1, 2, 3));

        app.dispatch(new SetAutoRefresh(false));
        app.advance(3 * ConnectionHandlers.AUTO_REFRESH_MILLIS);

        assertEquals(1, app.requests(PAGES).size());
        assertEquals(false, app.state().connection().autoRefresh());
    }
}
