package io.teaframe.e2e.bench;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.sub.Query;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The teaframe side of the dispatch throughput benchmark (dispatch.html).
 *
 * <p>{@link #main} builds one frame, as an app would, and publishes
 * {@code window.teaframeDispatchRound(events, done)}. The frame has three global
 * interceptors: one counts events before the handler, one adds each new total to a
 * checksum, and one validates that the total never goes negative. A subscription to the
 * count, with a listener, takes the place of a view. Each call dispatches {@code events} {@link Add} events in a
 * loop. When the listener sees the count of the round's last event, {@code done}
 * receives the times and the checksum of the round. redux-dispatch.js does the same work
 * with one Redux store, so both sides report the same checksum for the same round.
 */
public final class DispatchBench {

    /** The app state. */
    record Totals(int count, int total) {
    }

    /** Adds {@code amount} to the total and one to the count. */
    record Add(int amount) {
    }

    /** The number of events handled so far. */
    record Count() implements Query<Integer> {
    }

    /** The function published to JavaScript as {@code teaframeDispatchRound}, which runs one round. */
    @JSFunctor
    interface RoundRunner extends JSObject {
        void run(int events, RoundListener done);
    }

    /** The JavaScript function on the page that receives the result of one round. */
    @JSFunctor
    interface RoundListener extends JSObject {
        /**
         * Called once per round.
         *
         * @param dispatchMillis the time the dispatch loop took, in milliseconds
         * @param totalMillis the time from the first dispatch until the last event was
         *     handled, in milliseconds
         * @param handled the events of this round counted by the interceptor
         * @param checksum the sum of the totals after each event of this round, wrapped
         *     to 32 bits
         * @param error the first frame error of this round, or null when there was none
         */
        void finished(double dispatchMillis, double totalMillis, int handled, int checksum, String error);
    }

    private final Frame<Totals> frame = Frame.create(new Totals(0, 0), BrowserPlatform.create());

    /** The listener of the round in progress, or null between rounds. */
    private RoundListener done;
    private int targetCount;
    private int handled;
    private int checksum;
    private double start;
    private double dispatchEnd;

    private DispatchBench() {
        frame.setErrorHandler(error -> finishRound(error.describe()));
        frame.addGlobalInterceptor(Interceptor.before("count-events", context -> {
            handled++;
            return context;
        }));
        frame.addGlobalInterceptor(Interceptors.after("checksum",
                (Totals state, Add event) -> checksum += state.total()));
        frame.addGlobalInterceptor(Interceptors.validate("total never negative",
                (Totals state) -> state.total() >= 0));
        frame.on(Add.class, (state, event) -> new Totals(state.count() + 1, state.total() + event.amount()));
        frame.registerExtractor(Count.class, (Totals state, Count query) -> state.count());
        frame.subscribe(new Count(), count -> {
            if (count == targetCount) {
                finishRound(null);
            }
        });
    }

    public static void main(String[] args) {
        DispatchBench bench = new DispatchBench();
        publish(bench::runRound);
    }

    @JSBody(params = "runner", script = "window.teaframeDispatchRound = runner;")
    private static native void publish(RoundRunner runner);

    /** Returns the amount of event number {@code i}. redux-dispatch.js uses the same formula. */
    static int amountOf(int i) {
        return i % 7;
    }

    private void runRound(int events, RoundListener listener) {
        done = listener;
        targetCount = frame.state().count() + events;
        handled = 0;
        checksum = 0;

        start = Performance.now();
        for (int i = 0; i < events; i++) {
            frame.dispatch(new Add(amountOf(i)));
        }
        dispatchEnd = Performance.now();
    }

    private void finishRound(String error) {
        if (done == null) {
            return;
        }
        double end = Performance.now();
        RoundListener listener = done;
        done = null;
        listener.finished(dispatchEnd - start, end - start, handled, checksum, error);
    }
}
