package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.port.Cancellable;
import io.teaframe.router.RouterState;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When and how an outcome reaches the app: in the turn of the transport's callback, as
 * the app's own event in the outcome's place in the queue.
 *
 * <p>The transport here calls back when the test calls {@link DirectTransport#respondJson}
 * or the callback itself. That is outside any task of the virtual time, as a promise
 * reaction calls the browser's transport.
 */
class OutcomeTurnTest {

    record Send(List<HttpRequest> requests) {
    }

    record Ok(String tag) {
    }

    record Failed(String tag) {
    }

    record Noop() {
    }

    /** Records each attempt's callback, through which the test responds. */
    static final class DirectTransport implements HttpTransport {
        final List<TransportCallback> callbacks = new ArrayList<>();

        @Override
        public Cancellable send(TransportRequest request, TransportCallback callback) {
            callbacks.add(callback);
            return Cancellable.NONE;
        }

        @Override
        public String origin() {
            return "http://127.0.0.1:8080";
        }

        void respondJson(int index, String json) {
            callbacks.get(index).onResponse(
                    new TransportResponse(200, "OK", Headers.of("Content-Type", "application/json"), json, null));
        }
    }

    private final TestFrame<String> t = TestFrame.create("");
    private final DirectTransport transport = new DirectTransport();
    private final Http<String> http = Http.install(t.frame(), transport, JvmJson.PARSER);
    private final List<String> handled = new ArrayList<>();

    OutcomeTurnTest() {
        t.frame().onFx(Send.class, (cofx, send) -> Effects.of(send.requests().toArray()));
        t.frame().on(Ok.class, (state, ok) -> record(state, "Ok " + ok.tag()));
        t.frame().on(Failed.class, (state, failed) -> record(state, "Failed " + failed.tag()));
        t.frame().on(Noop.class, (state, noop) -> record(state, "Noop"));
    }

    private String record(String state, String name) {
        handled.add(name);
        return state;
    }

    private static HttpRequest get(String url, String tag) {
        return HttpRequest.get(url).onSuccess(response -> new Ok(tag)).onFailure(failure -> new Failed(tag)).build();
    }

    private void send(HttpRequest... requests) {
        t.dispatchAndDrain(new Send(List.of(requests)));
    }

    @Test
    void responseIsHandledInTheCallbacksTurn() {
        send(get("/api/user", "u"));

        transport.respondJson(0, "{\"name\":\"Ada\"}");

        // No drain: the callback itself handled the outcome, and nothing is left to run.
        assertEquals(List.of("Ok u"), handled);
        assertEquals(RouterState.IDLE, t.frame().routerState());
        assertEquals(0, http.runningRequests());
        t.drain();
        assertEquals(List.of("Ok u"), handled);
    }

    @Test
    void networkErrorIsHandledInTheCallbacksTurn() {
        send(HttpRequest.post("/api/save").onFailure(failure -> new Failed("s")).build());

        transport.callbacks.get(0).onNetworkError("connection reset");

        assertEquals(List.of("Failed s"), handled);
    }

    @Test
    void sharedResponseReachesEachCallInOrder() {
        send(get("/api/list", "a"), get("/api/list", "b"));
        assertEquals(1, transport.callbacks.size());

        transport.respondJson(0, "[]");

        assertEquals(List.of("Ok a", "Ok b"), handled);
    }

    @Test
    void onlyTheAppsEventPassesTheInterceptors() {
        List<String> intercepted = new ArrayList<>();
        t.frame().addGlobalInterceptor(Interceptor.before("record", context -> {
            intercepted.add(context.event().getClass().getSimpleName());
            return context;
        }));

        send(get("/api/user", "u"));
        transport.respondJson(0, "{}");

        assertEquals(List.of("Send", "Ok"), intercepted);
    }

    @Test
    void outcomeRunsBeforeLaterEvents() {
        send(get("/api/user", "u"));
        // While an event is handled, the response arrives, and then the handler queues Noop.
        t.frame().onFx(String.class, (cofx, name) -> {
            transport.respondJson(0, "{}");
            return Effects.of(new Dispatch(new Noop()));
        });

        t.dispatchAndDrain("respond now");

        assertEquals(List.of("Ok u", "Noop"), handled);
    }
}
