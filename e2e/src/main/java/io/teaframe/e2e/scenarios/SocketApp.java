package io.teaframe.e2e.scenarios;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserSockets;
import io.teaframe.effect.Effects;
import io.teaframe.json.Json;
import io.teaframe.socket.ReconnectPolicy;
import io.teaframe.socket.SocketClosed;
import io.teaframe.socket.SocketCodec;
import io.teaframe.socket.SocketConfig;
import io.teaframe.socket.SocketError;
import io.teaframe.socket.SocketOpened;
import io.teaframe.socket.SocketState;
import io.teaframe.socket.SocketStatus;
import io.teaframe.socket.Sockets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.teavm.jso.browser.Window;

/**
 * A small app for the socket scenarios: a frame with the browser's socket effects, whose
 * state records every socket event as a line, in order. Views would subscribe to the
 * same state, so the scenarios check what an app would show.
 */
final class SocketApp {

    /** The app state: the lines seen so far and the last status. */
    record Seen(List<String> lines, SocketStatus status) {

        Seen with(String line) {
            List<String> copy = new ArrayList<>(lines);
            copy.add(line);
            return new Seen(copy, status);
        }

        Seen withStatus(SocketStatus newStatus) {
            List<String> copy = new ArrayList<>(lines);
            copy.add("status " + newStatus.state() + " attempt " + newStatus.attempt()
                    + (newStatus.lastCloseCode() == 0 ? "" : " last " + newStatus.lastCloseCode()));
            return new Seen(copy, newStatus);
        }

        SocketState state() {
            return status.state();
        }

        /** Returns the number of lines that start with {@code prefix}. */
        int count(String prefix) {
            int count = 0;
            for (String line : lines) {
                if (line.startsWith(prefix)) {
                    count++;
                }
            }
            return count;
        }
    }

    record Opened(SocketOpened opened) {
    }

    record Closed(SocketClosed closed) {
    }

    record Failed(SocketError error) {
    }

    record StatusChanged(SocketStatus status) {
    }

    record Received(String json) {
    }

    record Responded(String json) {
    }

    record RequestTimedOut() {
    }

    /** Carries out {@code effects}, as a handler of the app would return them. */
    record Run(Object[] effects) {
    }

    /** The time a scenario waits for one condition, in milliseconds. */
    static final double WAIT_MILLIS = 8000;

    /** The poll interval of {@link #waitFor}, in milliseconds. */
    private static final double POLL_MILLIS = 10;

    final Frame<Seen> frame;
    final Sockets sockets;
    final String tag;
    /** The frame errors reported so far, described. */
    final List<String> errors = new ArrayList<>();

    SocketApp(String tag) {
        this.tag = tag;
        frame = Frame.create(new Seen(new ArrayList<>(), SocketStatus.closed(tag)), BrowserPlatform.create());
        frame.setErrorHandler(this::recordError);
        sockets = BrowserSockets.install(frame);
        frame.on(Opened.class, (state, e) -> state.with("opened reconnect=" + e.opened().reconnect()));
        frame.on(Closed.class, (state, e) -> state.with("closed " + e.closed().code() + " clean="
                + e.closed().clean() + " byClient=" + e.closed().byClient() + " reason=" + e.closed().reason()));
        frame.on(Failed.class, (state, e) -> state.with("error " + e.error().message()));
        frame.on(StatusChanged.class, (state, e) -> state.withStatus(e.status()));
        frame.on(Received.class, (state, e) -> state.with("received " + e.json()));
        frame.on(Responded.class, (state, e) -> state.with("response " + e.json()));
        frame.on(RequestTimedOut.class, (state, e) -> state.with("request timed out"));
        frame.onFx(Run.class, (cofx, e) -> Effects.of(e.effects()));
    }

    /** Dispatches an event whose handler returns {@code effects}. */
    void run(Object... effects) {
        frame.dispatch(new Run(effects));
    }

    /**
     * Returns a configuration for this app's tag with the envelope, the JSON codec, all
     * lifecycle events, and reconnects after 50 to 200 ms, so scenarios stay short.
     */
    SocketConfig.Builder config() {
        return SocketConfig.builder(tag, SocketServer.url(tag), message -> new Received(((Json) message).toJson()))
                .codec(SocketCodec.json(BrowserJson.PARSER))
                .envelope()
                .reconnect(ReconnectPolicy.defaults().withBackoff(50, 2, 200).withJitter(0))
                .onOpened(Opened::new)
                .onClosed(Closed::new)
                .onError(Failed::new)
                .onStatus(StatusChanged::new);
    }

    Seen state() {
        return frame.state();
    }

    /**
     * Polls until {@code condition} holds for the state, then runs {@code next}; fails
     * the scenario, naming {@code description}, after {@link #WAIT_MILLIS}.
     */
    void waitFor(Outcome outcome, String description, Predicate<Seen> condition, Runnable next) {
        waitFor(outcome, description, WAIT_MILLIS, condition, next);
    }

    /** Polls as {@link #waitFor(Outcome, String, Predicate, Runnable)} does, for at most {@code millis}. */
    void waitFor(Outcome outcome, String description, double millis, Predicate<Seen> condition, Runnable next) {
        poll(outcome, description, condition, now() + millis, next);
    }

    /** Runs {@code next} after {@code millis}, guarded by the outcome. */
    static void after(Outcome outcome, double millis, Runnable next) {
        Window.setTimeout(outcome.guard(next)::run, millis);
    }

    /** Closes every connection of the app, so no socket outlives its scenario. */
    void shutDown() {
        sockets.closeAll();
    }

    private void poll(Outcome outcome, String description, Predicate<Seen> condition, double deadline, Runnable next) {
        if (outcome.isDone()) {
            return;
        }
        if (condition.test(frame.state())) {
            outcome.guard(next).run();
            return;
        }
        if (now() > deadline) {
            shutDown();
            outcome.fail("timed out waiting for " + description + "; lines " + frame.state().lines() + "; errors " + errors);
            return;
        }
        Window.setTimeout(() -> poll(outcome, description, condition, deadline, next), POLL_MILLIS);
    }

    private void recordError(FrameError error) {
        errors.add(error.phase() + " " + error.describe());
    }

    private static double now() {
        return org.teavm.jso.browser.Performance.now();
    }
}
