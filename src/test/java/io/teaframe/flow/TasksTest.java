package io.teaframe.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.http.FailureKind;
import io.teaframe.http.Http;
import io.teaframe.http.HttpRequest;
import io.teaframe.promise.Promises;
import io.teaframe.promise.RunPromise;
import io.teaframe.scope.CancelScope;
import io.teaframe.testkit.FakePromise;
import io.teaframe.testkit.FakeTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task groups (latest, leading, race, all) over HTTP requests, promises and sequences on virtual time. */
class TasksTest {

    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    record Run(Object effect) {
    }

    record Got(String path, int value) {
    }

    record Failed(String path, FailureKind kind) {
    }

    record AllGot(List<Object> events) {
    }

    private final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    private final FakeTransport transport = new FakeTransport(t.time());
    private final Http<Log> http = Http.install(t.frame(), transport, JvmJson.PARSER);
    private final Flows flows = Flows.install(t.frame());
    private final Promises promises = Promises.install(t.frame());

    TasksTest() {
        t.frame().onFx(Run.class, (cofx, e) -> Effects.of(e.effect()));
        t.frame().on(Got.class, (state, e) -> state.with("got " + e.path() + " " + e.value()));
        t.frame().on(Failed.class, (state, e) -> state.with("failed " + e.path() + " " + e.kind()));
        t.frame().on(AllGot.class, (state, e) -> state.with("all " + e.events()));
    }

    private static Task get(String path) {
        return Task.http(HttpRequest.get(path)
                .onSuccess(response -> new Got(path, response.json().integer("value")))
                .onFailure(failure -> new Failed(path, failure.kind()))
                .build());
    }

    private void respond(int index, int value) {
        transport.request(index).respondJson(200, "{\"value\":" + value + "}");
    }

    /** Returns the last request sent to {@code url}. */
    private FakeTransport.SentRequest sent(String url) {
        for (int i = transport.count() - 1; i >= 0; i--) {
            if (transport.request(i).request().url().equals(url)) {
                return transport.request(i);
            }
        }
        throw new AssertionError("no request was sent to " + url + "; sent: " + transport.requests());
    }

    private void assertNothingLeft() {
        assertEquals(0, flows.taskGroups(), "task groups");
        assertEquals(0, flows.count(), "flow runs");
        assertEquals(0, http.runningRequests(), "requests");
        assertEquals(0, promises.running(), "promises");
        assertEquals(0, t.frame().scopes().size(), "scope entries");
    }

    @Test
    void latestCancelsOlderSilently() {
        t.dispatchAndDrain(new Run(RunTasks.latest("search", get("/a"))));
        t.dispatchAndDrain(new Run(RunTasks.latest("search", get("/b"))));

        assertEquals(2, transport.count());
        assertTrue(transport.request(0).isCancelled(), "the older request was not cancelled");
        respond(1, 2);
        t.drain();

        assertEquals(List.of("got /b 2"), t.state().entries());
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void latestSupersededBeforeStartSendsNothing() {
        t.dispatch(new Run(RunTasks.latest("search", get("/a"))));
        t.dispatch(new Run(RunTasks.latest("search", get("/b"))));
        t.drain();

        assertEquals(1, transport.count());
        assertEquals("/b", transport.request(0).request().url());
        respond(0, 1);
        t.drain();
        assertEquals(List.of("got /b 1"), t.state().entries());
        assertNothingLeft();
    }

    @Test
    void leadingIgnoresNewWhileRunning() {
        t.dispatchAndDrain(new Run(RunTasks.leading("save", get("/a"))));
        t.dispatchAndDrain(new Run(RunTasks.leading("save", get("/b"))));

        assertEquals(1, transport.count());
        assertTrue(flows.isTaskGroupRunning("save"));
        respond(0, 1);
        t.drain();
        assertFalse(flows.isTaskGroupRunning("save"));

        t.dispatchAndDrain(new Run(RunTasks.leading("save", get("/c"))));
        assertEquals(2, transport.count());
        respond(1, 3);
        t.drain();

        assertEquals(List.of("got /a 1", "got /c 3"), t.state().entries());
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void raceFirstSuccessWins() {
        t.dispatchAndDrain(new Run(RunTasks.race("mirror", get("/a"), get("/b"), get("/c"))));
        assertEquals(3, transport.count());

        respond(1, 2);
        t.drain();

        assertEquals(List.of("got /b 2"), t.state().entries());
        assertTrue(transport.request(0).isCancelled(), "/a was not cancelled");
        assertTrue(transport.request(2).isCancelled(), "/c was not cancelled");
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void raceFirstFailureWins() {
        t.dispatchAndDrain(new Run(RunTasks.race("mirror", get("/a"), get("/b"))));

        transport.request(0).respondJson(503, "{}");
        respond(1, 2);
        t.drain();
        // The 503 is retried by the default policy; the success of /b arrives first.
        assertEquals(List.of("got /b 2"), t.state().entries());

        t.dispatchAndDrain(new Run(RunTasks.race("mirror2", get("/c"), get("/d"))));
        sent("/d").respondJson(404, "{}");
        t.drain();

        assertEquals(List.of("got /b 2", "failed /d HTTP"), t.state().entries());
        assertTrue(sent("/c").isCancelled(), "/c was not cancelled");
        assertNothingLeft();
    }

    @Test
    void allDispatchesResultsInTaskOrder() {
        t.dispatchAndDrain(new Run(RunTasks.all("dashboard", AllGot::new, get("/a"), get("/b"), get("/c"))));

        respond(2, 3);
        respond(0, 1);
        t.drain();
        assertEquals(List.of(), t.state().entries());
        respond(1, 2);
        t.drain();

        assertEquals(List.of("all [Got[path=/a, value=1], Got[path=/b, value=2], Got[path=/c, value=3]]"),
                t.state().entries());
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void allFailsFastAndCancelsRest() {
        t.dispatchAndDrain(new Run(RunTasks.all("dashboard", AllGot::new, get("/a"), get("/b"), get("/c"))));

        respond(0, 1);
        transport.request(1).respondJson(404, "{}");
        t.drain();

        assertEquals(List.of("failed /b HTTP"), t.state().entries());
        assertTrue(transport.request(2).isCancelled(), "/c was not cancelled");
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void cancelTasksDispatchesNothing() {
        t.dispatchAndDrain(new Run(RunTasks.all("dashboard", AllGot::new, get("/a"), get("/b"))));
        t.dispatchAndDrain(new Run(new CancelTasks("dashboard")));

        assertTrue(transport.request(0).isCancelled(), "/a was not cancelled");
        assertTrue(transport.request(1).isCancelled(), "/b was not cancelled");
        t.advance(1_000);
        assertEquals(List.of(), t.state().entries());
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void ownerScopeCancelsGroup() {
        t.dispatchAndDrain(new Run(RunTasks.race("mirror", get("/a"), get("/b")).inScope("view#7")));
        t.dispatchAndDrain(new Run(new CancelScope("view#7")));

        assertTrue(transport.request(0).isCancelled(), "/a was not cancelled");
        assertTrue(transport.request(1).isCancelled(), "/b was not cancelled");
        assertNothingLeft();
    }

    @Test
    void raceOfPromiseAndRequest() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        Task fromCache = Task.promise(RunPromise.of(promise)
                .onSuccess(value -> new Got("cache", Integer.parseInt(value)))
                .onFailure(rejection -> new Failed("cache", null)));
        t.dispatchAndDrain(new Run(RunTasks.race("user", fromCache, get("/user"))));

        promise.resolve("5");
        t.drain();

        assertEquals(List.of("got cache 5"), t.state().entries());
        assertTrue(transport.request(0).isCancelled(), "the request was not cancelled");
        assertNothingLeft();
    }

    @Test
    void promiseLoserIsCancelled() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        Task slow = Task.promise(RunPromise.of(promise)
                .onSuccess(value -> new Got("cache", 0))
                .onFailure(rejection -> new Failed("cache", null)));
        t.dispatchAndDrain(new Run(RunTasks.race("user", slow, get("/user"))));

        respond(0, 9);
        t.drain();
        promise.resolve("late");
        t.drain();

        assertEquals(List.of("got /user 9"), t.state().entries());
        assertTrue(promise.isCancelled(), "the promise subscription was not cancelled");
        assertNothingLeft();
    }

    @Test
    void allOverTwoSequences() {
        Sequence twoSteps = Sequence.named("pair")
                .step(input -> HttpRequest.get("/first").onSuccess(r -> new Got("/first", r.json().integer("value")))
                        .onFailure(f -> new Failed("/first", f.kind())).build(),
                        EventMatcher.of(Got.class), EventMatcher.of(Failed.class))
                .step(previous -> HttpRequest.get("/second/" + ((Got) previous).value())
                        .onSuccess(r -> new Got("/second", r.json().integer("value")))
                        .onFailure(f -> new Failed("/second", f.kind())).build(),
                        EventMatcher.of(Got.class, got -> got.path().equals("/second")), EventMatcher.of(Failed.class))
                .onSuccess(last -> last)
                .onFailure(failure -> failure.event());
        t.dispatchAndDrain(new Run(RunTasks.latest("pair", Task.sequence(new StartSequence(twoSteps)))));

        assertEquals(1, transport.count());
        respond(0, 4);
        t.drain();
        assertEquals("/second/4", transport.request(1).request().url());
        respond(1, 8);
        t.drain();

        // The steps' own events are handled too; the group passes the sequence's success event on once more.
        assertEquals(List.of("got /first 4", "got /second 8", "got /second 8"), t.state().entries());
        assertNothingLeft();
        t.assertNoErrors();
    }

    @Test
    void cancellingSequenceTaskStopsIt() {
        Sequence oneStep = Sequence.named("one")
                .step(input -> HttpRequest.get("/slow").onSuccess(r -> new Got("/slow", 1))
                        .onFailure(f -> new Failed("/slow", f.kind())).build(),
                        EventMatcher.of(Got.class), EventMatcher.of(Failed.class))
                .onSuccess(last -> last)
                .onFailure(failure -> failure.event());
        t.dispatchAndDrain(new Run(RunTasks.race("r", Task.sequence(new StartSequence(oneStep)), get("/fast"))));
        assertEquals(2, flows.count(), "the group and its sequence");

        sent("/fast").respondJson(200, "{\"value\":2}");
        t.drain();

        assertEquals(List.of("got /fast 2"), t.state().entries());
        assertTrue(sent("/slow").isCancelled(), "the sequence's request was not cancelled");
        assertNothingLeft();
    }

    @Test
    void throwingFactoryEndsGroupAndIsReported() {
        Task broken = Task.http(HttpRequest.get("/broken")
                .onSuccess(response -> {
                    throw new IllegalStateException("cannot read");
                })
                .onFailure(failure -> new Failed("/broken", failure.kind()))
                .build());
        t.dispatchAndDrain(new Run(RunTasks.all("g", AllGot::new, broken, get("/b"))));

        respond(0, 1);
        t.drain();

        assertEquals(List.of(), t.state().entries());
        assertEquals(1, t.errors().size());
        assertEquals(Phase.HANDLER, t.errors().get(0).phase());
        assertInstanceOf(TaskSettled.class, t.errors().get(0).event());
        assertTrue(transport.request(1).isCancelled(), "/b was not cancelled");
        assertNothingLeft();
    }

    @Test
    void taskEffectFailingToStartEndsGroup() {
        Flows.install(t.frame());
        t.frame().registerEffect(RunPromise.class, (effect, context) -> {
            throw new IllegalStateException("promises are off");
        });
        FakePromise<String> promise = new FakePromise<>(t.time());
        Task task = Task.promise(RunPromise.of(promise).onSuccess(v -> new Got("p", 1)).onFailure(r -> null));
        t.dispatchAndDrain(new Run(RunTasks.latest("k", task)));

        assertEquals(1, t.errors().size());
        assertEquals(Phase.EFFECT, t.errors().get(0).phase());
        assertFalse(flows.isTaskGroupRunning("k"));
    }

    @Test
    void taskRequiresBothFactories() {
        assertThrows(IllegalArgumentException.class,
                () -> Task.http(HttpRequest.get("/a").onSuccess(r -> null).build()));
        assertThrows(IllegalArgumentException.class,
                () -> Task.promise(RunPromise.of(new FakePromise<String>(t.time())).onFailure(r -> null)));
        assertThrows(IllegalArgumentException.class, () -> RunTasks.race("k"));
    }
}
