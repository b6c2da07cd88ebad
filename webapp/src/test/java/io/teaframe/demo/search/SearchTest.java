package io.teaframe.demo.search;

import static io.teaframe.demo.DemoHarness.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.search.Search.SearchTyped;
import io.teaframe.demo.users.UserEvents.ChangePage;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.testkit.FakeTransport.SentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {

    private static final String SEARCHES = "GET /api/users?q=";

    private final DemoHarness app = new DemoHarness();

    @Test
    void fastTypingMakesOneRequest() {
        for (String text : List.of("y", "yo", "you", "youn", "young")) {
            app.dispatch(new SearchTyped(text)).advance(100);
        }
        assertEquals(List.of(), app.requests(SEARCHES), "requests before the debounce ended");
        assertEquals("young", app.state().users().searchText());

        app.advance(Search.DEBOUNCE_MILLIS - 100);

        List<SentRequest> searches = app.requests(SEARCHES);
        assertEquals(1, searches.size(), "search requests: " + searches);
        assertEquals("/api/users?q=young&sort=name&dir=asc&page=1&size=20", searches.get(0).request().url());
        assertEquals("young", app.state().users().query());
    }

    @Test
    void sameTextAfterTrimMakesNoRequest() {
        app.dispatch(new SearchTyped("ada")).advance(Search.DEBOUNCE_MILLIS);
        app.respond(SEARCHES, 200, pageJson(1, 1, 7));

        app.dispatch(new SearchTyped("ada ")).advance(Search.DEBOUNCE_MILLIS);

        assertEquals(1, app.requests(SEARCHES).size());
    }

    @Test
    void newSearchSupersedesTheOneInFlight() {
        app.dispatch(new SearchTyped("ada")).advance(Search.DEBOUNCE_MILLIS);
        SentRequest first = app.http.last();

        app.dispatch(new SearchTyped("bob")).advance(Search.DEBOUNCE_MILLIS);

        assertTrue(first.isCancelled(), "the search for 'ada' was not aborted");
        assertEquals("/api/users?q=bob&sort=name&dir=asc&page=1&size=20", app.http.last().request().url());
        app.respond(SEARCHES, 200, pageJson(1, 1, 9));
        assertEquals(9, app.state().users().rows().get(0).id());
        assertEquals("bob", app.state().users().query());
        app.assertNoErrors();
    }

    @Test
    void searchGoesBackToPageOne() {
        app.dispatch(new LoadUsers());
        app.respond("GET /api/users?", 200, pageJson(45, 3, 1));
        app.dispatch(new ChangePage(3));
        app.respond("GET /api/users?", 200, pageJson(45, 3, 41));

        app.dispatch(new SearchTyped("kim")).advance(Search.DEBOUNCE_MILLIS);

        assertEquals(1, app.state().users().page());
        assertTrue(app.http.last().request().url().contains("q=kim&sort=name&dir=asc&page=1"),
                app.http.last().request().url());
    }
}
