package io.teaframe.e2e.bench;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserSockets;
import io.teaframe.effect.Effects;
import io.teaframe.socket.SocketCodec;
import io.teaframe.socket.SocketConfig;
import io.teaframe.socket.SocketConnect;
import io.teaframe.socket.Sockets;
import io.teaframe.socket.TypeFieldRouter;
import io.teaframe.sub.Query;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The teaframe side of the socket throughput benchmark (sockets.html).
 *
 * <p>{@link #main} builds one frame with the browser's socket effects and connects to
 * the URL the page passes, with the JSON codec and no envelope. A {@link TypeFieldRouter}
 * turns each {@code {"type":"tick","n":...}} frame into a {@link Tick} event, and a state
 * handler counts it and keeps {@code n}. A subscription to the count, with a listener,
 * takes the place of a view. The page calls {@code teaframeSocketRound(messages, done)}
 * before it requests a burst from the server, and {@code done} receives the time from the first
 * frame's arrival until the listener saw the last count. socket-harness.js does the same
 * with a raw {@code WebSocket} and {@code JSON.parse}.
 */
public final class SocketBench {

    /** The app state: the ticks counted and the sum of their {@code n}, wrapped to 32 bits. */
    record Ticks(int count, int checksum) {
    }

    /** One frame from the server. */
    record Tick(int n) {
    }

    record Count() implements Query<Integer> {
    }

    record Connect(SocketConfig config) {
    }

    @JSFunctor
    interface Starter extends JSObject {
        void start(String url, OpenListener opened);
    }

    @JSFunctor
    interface OpenListener extends JSObject {
        void opened();
    }

    @JSFunctor
    interface RoundRunner extends JSObject {
        void run(int messages, RoundListener done);
    }

    @JSFunctor
    interface RoundListener extends JSObject {
        /**
         * Called once per round with the milliseconds from the first frame's arrival until
         * the last one was handled, the frames counted and the round's checksum.
         */
        void finished(double totalMillis, int handled, int checksum, String error);
    }

    private final Frame<Ticks> frame = Frame.create(new Ticks(0, 0), BrowserPlatform.create());
    private final Sockets sockets = BrowserSockets.install(frame);

    private OpenListener openListener;
    private RoundListener done;
    private int roundStartCount;
    private int roundStartChecksum;
    private int targetCount;
    private double firstArrival = -1;

    private SocketBench() {
        frame.setErrorHandler(error -> finishRound(error.describe()));
        frame.on(Tick.class, (state, tick) -> new Ticks(state.count() + 1, state.checksum() + tick.n()));
        frame.onFx(Connect.class, (cofx, event) -> Effects.of(new SocketConnect(event.config())));
        frame.registerExtractor(Count.class, (Ticks state, Count query) -> state.count());
        frame.subscribe(new Count(), count -> {
            if (done != null && count == targetCount) {
                finishRound(null);
            }
        });
    }

    public static void main(String[] args) {
        SocketBench bench = new SocketBench();
        publish(bench::start, bench::runRound);
    }

    @JSBody(params = {"starter", "runner"},
            script = "window.teaframeSocketStart = starter; window.teaframeSocketRound = runner;")
    private static native void publish(Starter starter, RoundRunner runner);

    private void start(String url, OpenListener opened) {
        openListener = opened;
        TypeFieldRouter router = TypeFieldRouter.field("type").on("tick", json -> {
            if (firstArrival < 0) {
                firstArrival = Performance.now();
            }
            return new Tick(json.integer("n"));
        });
        SocketConfig config = SocketConfig.builder("bench", url, router)
                .codec(SocketCodec.json(BrowserJson.PARSER))
                .onOpened(event -> {
                    OpenListener listener = openListener;
                    openListener = null;
                    if (listener != null) {
                        listener.opened();
                    }
                    return null;
                })
                .build();
        frame.dispatch(new Connect(config));
    }

    private void runRound(int messages, RoundListener listener) {
        done = listener;
        roundStartCount = frame.state().count();
        roundStartChecksum = frame.state().checksum();
        targetCount = roundStartCount + messages;
        firstArrival = -1;
    }

    private void finishRound(String error) {
        if (done == null) {
            return;
        }
        double end = Performance.now();
        RoundListener listener = done;
        done = null;
        Ticks state = frame.state();
        listener.finished(end - firstArrival, state.count() - roundStartCount, state.checksum() - roundStartChecksum,
                error);
    }
}
