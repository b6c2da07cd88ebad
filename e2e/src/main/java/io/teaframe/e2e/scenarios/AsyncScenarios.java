package io.teaframe.e2e.scenarios;

import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.type;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.browser.BrowserConnectivity;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserPromise;
import io.teaframe.browser.FetchTransport;
import io.teaframe.effect.Effects;
import io.teaframe.flow.EventMatcher;
import io.teaframe.flow.Flows;
import io.teaframe.flow.RunTasks;
import io.teaframe.flow.Sequence;
import io.teaframe.flow.StartSequence;
import io.teaframe.flow.Task;
import io.teaframe.http.Http;
import io.teaframe.http.HttpRequest;
import io.teaframe.json.JsonBuilder;
import io.teaframe.port.LogLevel;
import io.teaframe.promise.CancelPromise;
import io.teaframe.promise.PromiseCallback;
import io.teaframe.promise.PromiseRejection;
import io.teaframe.promise.PromiseSource;
import io.teaframe.promise.Promises;
import io.teaframe.promise.RunPromise;
import io.teaframe.sub.Query;
import io.teaframe.timer.Debounce;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.Timers;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Timers, flows, task groups and the promise effect on real browser timers, a real DOM,
 * {@code fetch} against the e2e server's {@code /test-api/}, and real JavaScript
 * promises. Each scenario uses a frame of its own and checks that nothing is left
 * running at the end.
 */
final class AsyncScenarios {

    private AsyncScenarios() {
    }

    static List<Scenario> list() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.of("debounced input fires once", AsyncScenarios::debouncedInput));
        scenarios.add(Scenario.of("interval stops when its view unmounts", AsyncScenarios::intervalByMount));
        scenarios.add(Scenario.of("sequence of two fetch requests", AsyncScenarios::sequenceOfRequests));
        scenarios.add(Scenario.of("race of two fetch requests", AsyncScenarios::raceOfRequests));
        scenarios.add(Scenario.of("promise effect with JS promises", AsyncScenarios::promiseEffect));
        return scenarios;
    }

    /** The log of app events that a scenario checks. */
    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    record Typed(String text) {
    }

    record Search(String text) {
    }

    record ClockShown(String scope) {
    }

    record Tick() {
    }

    record Ticks() implements Query<Integer> {
    }

    record Echoed(int step, String text) {
    }

    record RequestFailed(String message) {
    }

    record Done(String text) {
    }

    record Resolved(String value) {
    }

    record Rejected(String message) {
    }

    /**
     * Types "t", "te", "tea" into an input 10 ms apart, each through a dispatched input
     * event, and checks that the 100 ms debounce fires once, with the last value.
     */
    static void debouncedInput(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = frame(errors);
        Timers timers = Timers.install(frame);
        frame.onFx(Typed.class, (cofx, e) -> Effects.of(Debounce.of("search", 100, new Search(e.text()))));
        frame.on(Search.class, (state, e) -> state.with("search " + e.text()));

        Component<Void> searchBox = Component.named("SearchBox", (props, ctx) -> div(input(type("text"),
                onEvent(EventType.INPUT, (event, dispatcher) -> dispatcher.dispatch(new Typed(targetValue(event)))))));
        HTMLElement container = newContainer();
        View<Void> view = View.mount(frame, new BrowserDom(), (Node) container, searchBox, null);
        HTMLInputElement field = (HTMLInputElement) container.querySelector("input");

        String[] typed = {"t", "te", "tea"};
        typeEach(outcome, field, typed, 0, () -> {
            outcome.checkEquals(1, timers.activeDebounces(), "active debounces right after typing");
            Window.setTimeout(outcome.guard(() -> {
                outcome.checkEquals(List.of("search tea"), frame.state().entries(), "debounced events");
                outcome.checkEquals(0, timers.activeDebounces(), "active debounces after the wait");
                outcome.checkEquals(List.of(), errors, "frame errors");
                view.unmount();
                container.delete();
                outcome.finish("one search, for 'tea'");
            })::run, 400);
        });
    }

    private static void typeEach(Outcome outcome, HTMLInputElement field, String[] values, int index, Runnable done) {
        if (index == values.length) {
            done.run();
            return;
        }
        field.setValue(values[index]);
        dispatchInput(field);
        Window.setTimeout(outcome.guard(() -> typeEach(outcome, field, values, index + 1, done))::run, 10);
    }

    /**
     * Mounts a clock whose on-mount hook starts a 25 ms interval in the component's
     * scope, lets it tick, unmounts it and checks that the interval stopped.
     */
    static void intervalByMount(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = frame(errors);
        Timers timers = Timers.install(frame);
        frame.onFx(ClockShown.class, (cofx, e) ->
                Effects.of(new StartInterval("clock", 25, new Tick(), e.scope())));
        frame.on(Tick.class, (state, e) -> state.with("tick"));
        frame.registerExtractor(Ticks.class, (state, query) -> state.entries().size());

        Component<Void> clock = Component.named("Clock", (props, ctx) -> {
            String scope = ctx.scope();
            ctx.onMount(node -> frame.dispatch(new ClockShown(scope)));
            return p(text("ticks " + ctx.read(new Ticks())));
        });
        HTMLElement container = newContainer();
        View<Void> view = View.mount(frame, new BrowserDom(), (Node) container, clock, null);

        Window.setTimeout(outcome.guard(() -> {
            int ticksWhileMounted = frame.state().entries().size();
            outcome.check(ticksWhileMounted >= 3, "only " + ticksWhileMounted + " ticks in 200 ms at 25 ms");
            outcome.checkEquals(1, timers.runningTimers(), "running timers while mounted");
            view.unmount();
            outcome.checkEquals(0, timers.runningTimers(), "running timers after unmount");
            outcome.checkEquals(0, frame.scopes().size(), "scope entries after unmount");
            // A tick that the interval queued before the unmount is still handled after it.
            int ticksAtUnmount = frame.state().entries().size() + frame.queuedEvents();

            Window.setTimeout(outcome.guard(() -> {
                outcome.checkEquals(ticksAtUnmount, frame.state().entries().size(), "ticks after unmount");
                outcome.checkEquals(List.of(), errors, "frame errors");
                container.delete();
                outcome.finish(ticksAtUnmount + " ticks while mounted, none after");
            })::run, 150);
        })::run, 200);
    }

    /**
     * Runs a sequence of two requests with {@link FetchTransport}: a GET of the echo, then
     * a POST whose JSON body carries the query that the first response echoed.
     */
    static void sequenceOfRequests(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = frame(errors);
        Http<Log> http = Http.install(frame, new FetchTransport(), BrowserJson.PARSER, new BrowserConnectivity());
        Flows flows = Flows.install(frame);
        frame.on(Echoed.class, (state, e) -> state.with("echoed " + e.step()));
        frame.on(RequestFailed.class, (state, e) -> state.with("failed " + e.message()));
        frame.on(Done.class, (state, e) -> state.with("done " + e.text()));
        frame.onFx(Start.class, (cofx, e) -> Effects.of(e.effect()));

        Sequence twoRequests = Sequence.named("two-requests")
                .step(input -> HttpRequest.get("/test-api/echo").query("token", "first")
                                .onSuccess(response -> new Echoed(0, response.json().string("query")))
                                .onFailure(failure -> new RequestFailed(failure.message()))
                                .build(),
                        EventMatcher.of(Echoed.class, e -> e.step() == 0), EventMatcher.of(RequestFailed.class))
                .step(first -> HttpRequest.post("/test-api/echo")
                                .json(JsonBuilder.object().put("previous", ((Echoed) first).text()))
                                .onSuccess(response -> new Echoed(1, response.json().string("body")))
                                .onFailure(failure -> new RequestFailed(failure.message()))
                                .build(),
                        EventMatcher.of(Echoed.class, e -> e.step() == 1), EventMatcher.of(RequestFailed.class))
                .onSuccess(last -> new Done(((Echoed) last).text()))
                .onFailure(failure -> new RequestFailed("step " + failure.step()));

        whenLogged(frame, outcome, "done ", () -> {
            outcome.checkEquals(List.of("echoed 0", "echoed 1", "done {\"previous\":\"token=first\"}"),
                    frame.state().entries(), "events");
            outcome.checkEquals(0, flows.count(), "running flows");
            outcome.checkEquals(0, http.runningRequests(), "running requests");
            outcome.checkEquals(0, frame.scopes().size(), "scope entries");
            outcome.checkEquals(List.of(), errors, "frame errors");
            outcome.finish("the second request carried the first response");
        });
        frame.dispatch(new Start(new StartSequence(twoRequests)));
    }

    record Start(Object effect) {
    }

    record Won(String request) {
    }

    /**
     * Races a response delayed by 2 s against an immediate one: the fast one wins, and
     * the slow one is aborted, so no request is left running.
     */
    static void raceOfRequests(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = frame(errors);
        Http<Log> http = Http.install(frame, new FetchTransport(), BrowserJson.PARSER, new BrowserConnectivity());
        Flows flows = Flows.install(frame);
        frame.on(Won.class, (state, e) -> state.with("won " + e.request()));
        frame.on(RequestFailed.class, (state, e) -> state.with("failed " + e.message()));
        frame.onFx(Start.class, (cofx, e) -> Effects.of(e.effect()));

        Task slow = Task.http(HttpRequest.get("/test-api/slow-headers").query("delay", "2000")
                .onSuccess(response -> new Won("slow"))
                .onFailure(failure -> new RequestFailed(failure.message()))
                .build());
        Task fast = Task.http(HttpRequest.get("/test-api/echo").query("race", "fast")
                .onSuccess(response -> new Won("fast"))
                .onFailure(failure -> new RequestFailed(failure.message()))
                .build());

        double start = Performance.now();
        whenLogged(frame, outcome, "won ", () -> {
            int elapsed = (int) (Performance.now() - start);
            outcome.checkEquals(List.of("won fast"), frame.state().entries(), "events after " + elapsed + " ms");
            outcome.checkEquals(0, http.runningRequests(), "running requests after the race");
            outcome.checkEquals(0, flows.taskGroups(), "task groups");
            outcome.checkEquals(0, frame.scopes().size(), "scope entries");
            outcome.checkEquals(List.of(), errors, "frame errors");
            outcome.finish("the fast request won and the slow one was aborted");
        });
        frame.dispatch(new Start(RunTasks.race("race", slow, fast)));
    }

    /**
     * Runs the promise effect on real promises: one resolves, one rejects with an Error,
     * one rejects with a string, one is cancelled before it resolves, and one has a
     * success factory that throws, which must reach the frame's error handler. Then the
     * edge cases: a thenable that calls its reaction twice (the adapter passes only the
     * first value on), a reason whose {@code message} getter throws, and a source that
     * settles twice from inside a real promise reaction, whose error must reach the
     * error handler too rather than the console.
     */
    static void promiseEffect(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = frame(errors);
        Promises promises = Promises.install(frame);
        frame.on(Resolved.class, (state, e) -> state.with("resolved " + e.value()));
        frame.on(Rejected.class, (state, e) -> state.with("rejected " + e.message()));
        frame.onFx(Start.class, (cofx, e) -> Effects.of(e.effect()));

        frame.dispatch(new Start(stringPromise(resolveLater(10, "tea"))));
        frame.dispatch(new Start(stringPromise(rejectLater(20, "no tea"))));
        frame.dispatch(new Start(stringPromise(rejectWithString(30, "plain reason"))));
        frame.dispatch(new Start(stringPromise(resolveLater(40, "late")).withId("cancelled")));
        frame.dispatch(new Start(new CancelPromise("cancelled")));
        frame.dispatch(new Start(RunPromise.of(BrowserPromise.of(resolveLater(50, "bad"))).onSuccess(value -> {
            throw new IllegalStateException("factory failed on " + value.stringValue());
        })));
        frame.dispatch(new Start(RunPromise.of(BrowserPromise.ofThenable(settlesTwice(60, "first", "second")))
                .onSuccess(value -> new Resolved(((JSString) value).stringValue()))));
        frame.dispatch(new Start(RunPromise.of(BrowserPromise.of(rejectWithUnreadableReason(70)))
                .onFailure(rejection -> new Rejected(rejection.message()))));
        PromiseSource<JSString> settlingTwice = callback -> BrowserPromise.of(resolveLater(80, "twice"))
                .subscribe(new PromiseCallback<JSString>() {
                    @Override
                    public void resolved(JSString value) {
                        callback.resolved(value);
                        callback.resolved(value);
                    }

                    @Override
                    public void rejected(PromiseRejection rejection) {
                        callback.rejected(rejection);
                    }
                });
        frame.dispatch(new Start(stringPromise(settlingTwice)));

        Window.setTimeout(outcome.guard(() -> {
            // Each promise settles on its own timer, armed when its Start event is handled.
            // A slow browser can handle those events more than 10 ms apart, so the order of
            // the outcomes is not part of the check.
            outcome.checkEquals(sorted(List.of("resolved tea", "rejected no tea", "rejected plain reason",
                    "resolved first", "rejected the rejection reason could not be read", "resolved twice")),
                    sorted(frame.state().entries()), "events, sorted");
            outcome.checkEquals(0, promises.running(), "running promise effects");
            outcome.checkEquals(2, errors.size(), "reported errors");
            if (errors.size() == 2) {
                outcome.checkEquals("HANDLER", errors.get(0).phase().name(), "phase of the factory's error");
                outcome.checkEquals("factory failed on bad", errors.get(0).cause().getMessage(), "factory's error");
                outcome.checkEquals("ASYNC_EFFECT", errors.get(1).phase().name(), "phase of the second settlement");
                outcome.check(errors.get(1).cause() instanceof IllegalStateException,
                        "the second settlement's error is " + errors.get(1).cause());
            }
            outcome.finish("resolved, rejected twice, cancelled; the factory's and the reaction's errors were reported");
        })::run, 300);
    }

    private static RunPromise<JSString> stringPromise(JSPromise<JSString> promise) {
        return stringPromise(BrowserPromise.of(promise));
    }

    private static RunPromise<JSString> stringPromise(PromiseSource<JSString> source) {
        return RunPromise.of(source)
                .onSuccess(value -> new Resolved(value.stringValue()))
                .onFailure(rejection -> new Rejected(rejection.message()));
    }

    // Helpers.

    private static Frame<Log> frame(List<FrameError> errors) {
        Frame<Log> frame = Frame.create(new Log(List.of()), BrowserPlatform.create(LogLevel.OFF));
        frame.setErrorHandler(errors::add);
        return frame;
    }

    /** Runs {@code check} once, after the first event that logs an entry starting with {@code prefix}. */
    private static void whenLogged(Frame<Log> frame, Outcome outcome, String prefix, Runnable check) {
        frame.addPostEventCallback("scenario", (event, state) -> {
            List<String> entries = ((Log) state).entries();
            if (!entries.isEmpty() && entries.get(entries.size() - 1).startsWith(prefix)) {
                frame.removePostEventCallback("scenario");
                // A later task, so the check reads the frame after this event's effects ran.
                Window.setTimeout(outcome.guard(check)::run, 0);
            }
        });
    }

    private static String targetValue(Object domEvent) {
        return ((HTMLInputElement) ((Event) domEvent).getTarget()).getValue();
    }

    private static HTMLElement newContainer() {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement container = document.createElement("div");
        document.getBody().appendChild(container);
        return container;
    }

    /** Returns a sorted copy of {@code lines}. */
    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        Collections.sort(copy);
        return copy;
    }

    @JSBody(params = "target", script = "target.dispatchEvent(new Event('input', {bubbles: true}));")
    private static native void dispatchInput(JSObject target);

    @JSBody(params = {"delay", "value"}, script = "return new Promise(function (resolve) {"
            + " setTimeout(function () { resolve(value); }, delay); });")
    private static native JSPromise<JSString> resolveLater(int delay, String value);

    @JSBody(params = {"delay", "message"}, script = "return new Promise(function (resolve, reject) {"
            + " setTimeout(function () { reject(new Error(message)); }, delay); });")
    private static native JSPromise<JSString> rejectLater(int delay, String message);

    @JSBody(params = {"delay", "first", "second"}, script = "return { then: function (onFulfilled) {"
            + " setTimeout(function () { onFulfilled(first); onFulfilled(second); }, delay); } };")
    private static native JSObject settlesTwice(int delay, String first, String second);

    @JSBody(params = "delay", script = "return new Promise(function (resolve, reject) {"
            + " setTimeout(function () { reject({ get message() { throw new Error('unreadable'); } }); }, delay); });")
    private static native JSPromise<JSString> rejectWithUnreadableReason(int delay);

    @JSBody(params = {"delay", "reason"}, script = "return new Promise(function (resolve, reject) {"
            + " setTimeout(function () { reject(reason); }, delay); });")
    private static native JSPromise<JSString> rejectWithString(int delay, String reason);
}
