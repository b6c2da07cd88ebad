package io.teaframe.demo.users;

import static io.teaframe.demo.DemoHarness.pageJson;
import static io.teaframe.demo.DemoHarness.push;
import static io.teaframe.demo.DemoHarness.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.users.UserEvents.ChangePage;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.demo.users.UserEvents.SortBy;
import io.teaframe.demo.users.UsersState.LoadStatus;
import io.teaframe.testkit.FakeSocket;
import org.junit.jupiter.api.Test;

class UsersHandlersTest {

    private static final String PAGES = "GET /api/users?";

    private final DemoHarness app = new DemoHarness();

    @Test
    void loadRequestsFirstPageByName() {
        app.dispatch(new LoadUsers());

        assertEquals(LoadStatus.LOADING, app.state().users().status());
        assertEquals("/api/users?sort=name&dir=asc&page=1&size=20", app.http.last().request().url());

        app.respond(PAGES, 200, pageJson(45, 3, 1, 2, 3));

        UsersState users = app.state().users();
        assertEquals(LoadStatus.LOADED, users.status());
        assertEquals(3, users.rows().size());
        assertEquals(45, users.total());
        assertEquals(3, users.pages());
        assertEquals(1, users.attempts());
        assertFalse(users.fromCache());
        app.assertNoErrors();
    }

    @Test
    void pagingRequestsTheNextPage() {
        loadFirstPage();

        app.dispatch(new ChangePage(2));

        assertEquals(2, app.state().users().page());
        assertEquals("/api/users?sort=name&dir=asc&page=2&size=20", app.http.last().request().url());
        app.respond(PAGES, 200, pageJson(45, 3, 21, 22));
        assertEquals(21, app.state().users().rows().get(0).id());
    }

    @Test
    void pageBeyondTheLastIsClamped() {
        loadFirstPage();

        app.dispatch(new ChangePage(7));

        assertEquals(3, app.state().users().page());
        assertTrue(app.http.last().request().url().contains("page=3"), app.http.last().request().url());
    }

    @Test
    void sortingFlipsDirectionAndGoesToPageOne() {
        loadFirstPage();
        app.dispatch(new ChangePage(2));
        app.respond(PAGES, 200, pageJson(45, 3, 21));

        app.dispatch(new SortBy("name"));

        assertEquals("desc", app.state().users().dir());
        assertEquals("/api/users?sort=name&dir=desc&page=1&size=20", app.http.last().request().url());
        app.respond(PAGES, 200, pageJson(45, 3, 45));

        app.dispatch(new SortBy("created"));

        assertEquals("created", app.state().users().sort());
        assertEquals("asc", app.state().users().dir());
        assertEquals("/api/users?sort=created&dir=asc&page=1&size=20", app.http.last().request().url());
    }

    @Test
    void revisitedPageComesFromTheCache() {
        loadFirstPage();
        app.dispatch(new ChangePage(2));
        app.respond(PAGES, 200, pageJson(45, 3, 21));
        int sent = app.http.count();

        app.dispatch(new ChangePage(1));

        assertEquals(sent, app.http.count(), "requests after revisiting page 1");
        UsersState users = app.state().users();
        assertEquals(LoadStatus.LOADED, users.status());
        assertTrue(users.fromCache());
        assertEquals(1, users.rows().get(0).id());
    }

    @Test
    void cachedPageExpiresAfterItsTtl() {
        loadFirstPage();
        app.dispatch(new ChangePage(2));
        app.respond(PAGES, 200, pageJson(45, 3, 21));
        app.advance(UsersHandlers.CACHE_TTL_MILLIS);
        int sent = app.http.count();

        app.dispatch(new ChangePage(1));

        assertEquals(sent + 1, app.http.count(), "requests after the page's cache time");
        app.respond(PAGES, 200, pageJson(45, 3, 1));
        assertFalse(app.state().users().fromCache());
    }

    @Test
    void failedLoadCountsItsRetries() {
        app.dispatch(new LoadUsers());

        for (int attempt = 1; attempt <= 4; attempt++) {
            app.respond(PAGES, 503, "{\"error\":{\"code\":\"injected-fault\",\"message\":\"Fault injected\"}}");
            app.advance(5_000);
        }

        UsersState users = app.state().users();
        assertEquals(LoadStatus.FAILED, users.status());
        assertEquals(4, users.attempts());
        assertEquals("HTTP 503: Fault injected", users.message());
    }

    @Test
    void pushedUserReplacesItsRow() {
        loadFirstPage();
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();

        socket.send(push("{\"type\":\"user-updated\",\"user\":" + userJson(2, "Renamed Elsewhere", 2) + "}"));
        app.test.drain();

        assertEquals("Renamed Elsewhere", app.state().users().row(2).name());
        assertEquals(2, app.state().users().row(2).version());
        app.assertNoErrors();
    }

    @Test
    void olderPushIsIgnored() {
        loadFirstPage();
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();

        socket.send(push("{\"type\":\"user-updated\",\"user\":" + userJson(2, "Stale", 1) + "}"));
        app.test.drain();

        assertEquals("User 2", app.state().users().row(2).name());
    }

    @Test
    void pushedDeletionRemovesTheRow() {
        loadFirstPage();
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();

        socket.send(push("{\"type\":\"user-deleted\",\"id\":3}"));
        app.test.drain();

        assertEquals(null, app.state().users().row(3));
        assertEquals(44, app.state().users().total());
    }

    @Test
    void pushDropsTheCachedPages() {
        loadFirstPage();
        app.dispatch(new ChangePage(2));
        app.respond(PAGES, 200, pageJson(45, 3, 21));
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();
        socket.send(push("{\"type\":\"user-updated\",\"user\":" + userJson(21, "Renamed", 2) + "}"));
        app.test.drain();
        int sent = app.http.count();

        app.dispatch(new ChangePage(1));

        assertEquals(sent + 1, app.http.count(), "page 1 was served from a stale cache");
    }

    private void loadFirstPage() {
        app.dispatch(new LoadUsers());
        app.respond(PAGES, 200, pageJson(45, 3, 1, 2, 3));
    }
}
