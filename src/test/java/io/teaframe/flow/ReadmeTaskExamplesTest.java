package io.teaframe.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.http.Http;
import io.teaframe.http.HttpRequest;
import io.teaframe.json.Json;
import io.teaframe.testkit.FakeTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's task group example for a search: typing again aborts the older search. */
class ReadmeTaskExamplesTest {

    record App(List<String> hits, String error) {
    }

    record Typed(String text) {
    }

    record Found(List<String> hits) {
    }

    record SearchFailed(String message) {
    }

    @Test
    void latestSearchWins() {
        TestFrame<App> t = TestFrame.create(new App(List.of(), null));
        FakeTransport transport = new FakeTransport(t.time());
        Http.install(t.frame(), transport, JvmJson.PARSER);
        Flows flows = Flows.install(t.frame());
        t.frame().onFx(Typed.class, (cofx, e) -> {
            Task search = Task.http(HttpRequest.get("/api/search").query("q", e.text())
                    .onSuccess(response -> new Found(response.json().list("hits", Json::asString)))
                    .onFailure(failure -> new SearchFailed(failure.message()))
                    .build());
            return Effects.of(RunTasks.latest("search", search));
        });
        t.frame().on(Found.class, (state, e) -> new App(e.hits(), null));
        t.frame().on(SearchFailed.class, (state, e) -> new App(state.hits(), e.message()));

        t.dispatchAndDrain(new Typed("te"));
        t.dispatchAndDrain(new Typed("tea"));

        assertEquals("/api/search?q=te", transport.request(0).request().url());
        assertTrue(transport.request(0).isCancelled(), "the older search was not aborted");
        transport.request(1).respondJson(200, "{\"hits\":[\"tea\",\"teapot\"]}");
        t.drain();

        assertEquals(new App(List.of("tea", "teapot"), null), t.state());
        assertEquals(0, flows.taskGroups());
        t.assertNoErrors();
    }
}
