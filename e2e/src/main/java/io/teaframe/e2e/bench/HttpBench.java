package io.teaframe.e2e.bench;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserHttp;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.effect.Effects;
import io.teaframe.http.HttpRequest;
import io.teaframe.sub.Query;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The teaframe side of the HTTP requests benchmark (http.html): GETs to the benchmark
 * server through the HTTP effect, against plain {@code fetch} in http-harness.js.
 *
 * <p>{@link #main} builds one frame with the effect, installed by
 * {@link BrowserHttp#install}, and publishes {@code window.teaframeHttpRound(count,
 * concurrent, first, done)}. A round dispatches {@link Start}, whose handler returns the
 * first request, or all {@code count} requests when {@code concurrent} is true. The
 * requests read {@code /api/item?n=N} as JSON for N from {@code first} on, and the
 * {@code onSuccess} event {@link Loaded} of each adds the item's id to the state.
 * Sequentially, that handler also returns the next request. A subscription's listener
 * calls {@code done} when the state counts {@code count} responses.
 */
public final class HttpBench {

    /** The state of one round: responses so far, the sum of their ids, and the round's parameters. */
    record Progress(int target, boolean concurrent, int first, int loaded, int idSum) {
    }

    record Start(int count, boolean concurrent, int first) {
    }

    record Loaded(int id) {
    }

    /** True once the state counts all responses of the round. */
    record RoundDone() implements Query<Boolean> {
    }

    /** The function published to JavaScript as {@code teaframeHttpRound}. */
    @JSFunctor
    interface RoundRunner extends JSObject {
        void run(int count, boolean concurrent, int first, RoundListener done);
    }

    /** The JavaScript function that receives the end of a round. */
    @JSFunctor
    interface RoundListener extends JSObject {
        /**
         * Called once per round, in the task that handled the last response's event.
         *
         * @param loaded the responses counted by the state
         * @param idSum the sum of the ids in the responses, which the harness checks
         * @param error the first frame error of the round, or null
         */
        void finished(int loaded, int idSum, String error);
    }

    private final Frame<Progress> frame = Frame.create(new Progress(0, false, 0, 0, 0), BrowserPlatform.create());
    private RoundListener done;

    private HttpBench() {
        BrowserHttp.install(frame);
        frame.setErrorHandler(error -> finish(error.describe()));
        frame.onFx(Start.class, (cofx, start) -> {
            Progress progress = new Progress(start.count(), start.concurrent(), start.first(), 0, 0);
            if (!start.concurrent()) {
                return Effects.state(progress).and(request(start.first()));
            }
            Object[] requests = new Object[start.count()];
            for (int i = 0; i < requests.length; i++) {
                requests[i] = request(start.first() + i);
            }
            return Effects.of(requests).withState(progress);
        });
        frame.onFx(Loaded.class, (cofx, loaded) -> {
            Progress before = cofx.state();
            Progress after = new Progress(before.target(), before.concurrent(), before.first(), before.loaded() + 1,
                    before.idSum() + loaded.id());
            if (!after.concurrent() && after.loaded() < after.target()) {
                return Effects.state(after).and(request(after.first() + after.loaded()));
            }
            return Effects.state(after);
        });
        // A subscription, as a view would have, ends the round. A post-event callback
        // would be a tool's hook: it makes the frame trace every event.
        frame.registerExtractor(RoundDone.class,
                (Progress state, RoundDone query) -> state.target() > 0 && state.loaded() == state.target());
        frame.subscribe(new RoundDone(), roundDone -> {
            if (roundDone) {
                finish(null);
            }
        });
    }

    public static void main(String[] args) {
        HttpBench bench = new HttpBench();
        publish(bench::runRound);
    }

    /** Returns the GET of item {@code n}; http-harness.js fetches the same URL. */
    private static HttpRequest request(int n) {
        return HttpRequest.get("/api/item?n=" + n)
                .onSuccess(response -> new Loaded(response.json().integer("id")))
                .build();
    }

    private void runRound(int count, boolean concurrent, int first, RoundListener listener) {
        done = listener;
        frame.dispatch(new Start(count, concurrent, first));
    }

    private void finish(String error) {
        if (done == null) {
            return;
        }
        RoundListener listener = done;
        done = null;
        Progress progress = frame.state();
        listener.finished(progress.loaded(), progress.idSum(), error);
    }

    @JSBody(params = "runner", script = "window.teaframeHttpRound = runner;")
    private static native void publish(RoundRunner runner);
}
