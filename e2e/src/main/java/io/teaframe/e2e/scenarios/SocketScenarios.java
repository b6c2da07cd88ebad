package io.teaframe.e2e.scenarios;

import io.teaframe.Phase;
import io.teaframe.browser.BrowserJson;
import io.teaframe.e2e.scenarios.SocketApp.Received;
import io.teaframe.e2e.scenarios.SocketApp.RequestTimedOut;
import io.teaframe.e2e.scenarios.SocketApp.Responded;
import io.teaframe.e2e.scenarios.SocketApp.Seen;
import io.teaframe.socket.Heartbeat;
import io.teaframe.socket.ReconnectPolicy;
import io.teaframe.socket.SocketClose;
import io.teaframe.socket.SocketCodec;
import io.teaframe.socket.SocketConfig;
import io.teaframe.socket.SocketConnect;
import io.teaframe.socket.SocketRequest;
import io.teaframe.socket.SocketSend;
import io.teaframe.socket.SocketState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenarios for {@code BrowserSocketTransport} and the socket effects against the test
 * server's {@code /ws-test} endpoint. Each scenario uses its own tag, so the server keeps
 * its sockets and counters apart, and closes its connections before it finishes.
 */
final class SocketScenarios {

    /** The time socket scenarios get, in milliseconds: reconnects and heartbeats take real time. */
    static final double TIMEOUT_MILLIS = 15_000;

    private SocketScenarios() {
    }

    static List<Scenario> list() {
        return List.of(
                new Scenario("socket opens, echoes and closes", TIMEOUT_MILLIS, SocketScenarios::lifecycle),
                new Scenario("socket sends binary frames", TIMEOUT_MILLIS, SocketScenarios::binaryFrames),
                new Scenario("socket reconnects after a drop", TIMEOUT_MILLIS, SocketScenarios::reconnectAfterDrop),
                new Scenario("socket close codes decide reconnects", TIMEOUT_MILLIS, SocketScenarios::closeCodes),
                new Scenario("socket malformed frame is reported", TIMEOUT_MILLIS, SocketScenarios::malformedFrame),
                new Scenario("socket outbox flushed on open", TIMEOUT_MILLIS, SocketScenarios::outboxFlushedOnOpen),
                new Scenario("socket acknowledged across a drop", TIMEOUT_MILLIS, SocketScenarios::acknowledgedDrop),
                new Scenario("socket heartbeat catches stalled pongs", TIMEOUT_MILLIS, SocketScenarios::heartbeat),
                new Scenario("socket request gets its response", TIMEOUT_MILLIS, SocketScenarios::request),
                new Scenario("socket invalid URL fails", TIMEOUT_MILLIS, SocketScenarios::invalidUrl));
    }

    /**
     * Checks the events and status lines of one socket's life: connecting, open, a message
     * echoed by the server, and the app's close.
     */
    static void lifecycle(Outcome outcome) {
        SocketApp app = new SocketApp("lifecycle");
        app.run(new SocketConnect(app.config().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () -> {
            app.run(new SocketSend(app.tag, "{\"text\":\"hi\"}"));
            app.waitFor(outcome, "the echo", seen -> seen.count("received") == 1, () -> {
                app.run(new SocketClose(app.tag));
                app.waitFor(outcome, "CLOSED", seen -> seen.state() == SocketState.CLOSED, () -> {
                    List<String> expected = Arrays.asList(
                            "status CONNECTING attempt 0",
                            "status OPEN attempt 0",
                            "opened reconnect=false",
                            "received {\"text\":\"hi\"}",
                            "closed 1000 clean=false byClient=true reason=",
                            "status CLOSED attempt 0");
                    outcome.checkEquals(expected, app.state().lines(), "lines");
                    outcome.checkEquals(List.of(), app.errors, "frame errors");
                    outcome.finish("lines " + app.state().lines());
                });
            });
        });
    }

    /** Checks that bytes sent as a binary frame come back from the server's echo unchanged. */
    static void binaryFrames(Outcome outcome) {
        SocketApp app = new SocketApp("binary");
        byte[] sent = {0, 1, 2, 127, -128, -1};
        byte[][] received = new byte[1][];
        SocketConfig config = SocketConfig.builder(app.tag, SocketServer.rawUrl(app.tag), message -> {
                    received[0] = (byte[]) message;
                    return new Received("bytes " + ((byte[]) message).length);
                })
                .codec(SocketCodec.binary())
                .onStatus(SocketApp.StatusChanged::new)
                .build();
        app.run(new SocketConnect(config));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () -> {
            app.run(new SocketSend(app.tag, sent));
            app.waitFor(outcome, "the echo", seen -> seen.count("received") == 1, () -> {
                app.shutDown();
                outcome.checkEquals(Arrays.toString(sent), Arrays.toString(received[0]), "bytes echoed");
                outcome.checkEquals(List.of(), app.errors, "frame errors");
                outcome.finish("echoed " + Arrays.toString(received[0]));
            });
        });
    }

    /**
     * Drops the socket on the server without a close frame and checks that the app receives
     * 1006, RECONNECTING with attempt 1, and a second open marked as a reconnect.
     */
    static void reconnectAfterDrop(Outcome outcome) {
        SocketApp app = new SocketApp("drop");
        app.run(new SocketConnect(app.config().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () ->
                SocketServer.control(outcome, app.tag, "drop", "", () ->
                        app.waitFor(outcome, "the second open", seen -> seen.count("opened") == 2, () -> {
                            Seen seen = app.state();
                            app.shutDown();
                            // Only the code and the flags: HtmlUnit 5.7 gives the reason "Session Closed"
                            // where Chromium gives the empty reason of an abnormal closure.
                            outcome.check(linesStartingWith(seen, "closed 1006 clean=false byClient=false").size() == 1,
                                    "no close with 1006: " + seen.lines());
                            outcome.check(seen.lines().contains("status RECONNECTING attempt 1 last 1006"),
                                    "no RECONNECTING status after the drop: " + seen.lines());
                            outcome.check(seen.lines().contains("opened reconnect=true"),
                                    "the second open is not marked as a reconnect: " + seen.lines());
                            outcome.checkEquals(List.of(), app.errors, "frame errors");
                            outcome.finish("lines " + seen.lines());
                        })));
    }

    /**
     * Closes from the server with 1011, which the default policy retries, and then with
     * 1008, which makes the connection FAILED without another attempt.
     */
    static void closeCodes(Outcome outcome) {
        SocketApp app = new SocketApp("codes");
        app.run(new SocketConnect(app.config().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () ->
                SocketServer.control(outcome, app.tag, "close", "code=1011&reason=restarting", () ->
                        app.waitFor(outcome, "the reopen after 1011", seen -> seen.count("opened") == 2, () ->
                                SocketServer.control(outcome, app.tag, "close", "code=1008&reason=denied", () ->
                                        app.waitFor(outcome, "FAILED", seen -> seen.state() == SocketState.FAILED,
                                                () -> checkNoMoreAttempts(outcome, app))))));
    }

    private static void checkNoMoreAttempts(Outcome outcome, SocketApp app) {
        // Longer than the largest backoff of the app's policy, so a retry would show.
        SocketApp.after(outcome, 400, () -> SocketServer.control(outcome, app.tag, "stats", "", stats -> {
            Seen seen = app.state();
            outcome.check(seen.lines().contains("closed 1011 clean=true byClient=false reason=restarting"),
                    "no clean close with 1011: " + seen.lines());
            outcome.check(seen.lines().contains("closed 1008 clean=true byClient=false reason=denied"),
                    "no clean close with 1008: " + seen.lines());
            outcome.checkEquals(SocketState.FAILED, seen.state(), "state 400 ms after 1008");
            outcome.checkEquals(1008, seen.status().lastCloseCode(), "last close code");
            outcome.checkEquals(2, stats.integer("connections"), "sockets the server accepted");
            outcome.checkEquals(List.of(), app.errors, "frame errors");
            outcome.finish("lines " + seen.lines());
        }));
    }

    /**
     * Has the server send a text frame that is not JSON, and checks that it reaches the
     * error handler with phase MESSAGE while the socket stays open and still works.
     */
    static void malformedFrame(Outcome outcome) {
        SocketApp app = new SocketApp("malformed");
        app.run(new SocketConnect(app.config().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () ->
                SocketServer.control(outcome, app.tag, "malformed", "", () ->
                        app.waitFor(outcome, "the error report", seen -> !app.errors.isEmpty(), () -> {
                            app.run(new SocketSend(app.tag, "{\"after\":\"malformed\"}"));
                            app.waitFor(outcome, "the echo", seen -> seen.count("received") == 1, () -> {
                                Seen seen = app.state();
                                app.shutDown();
                                outcome.checkEquals(1, app.errors.size(), "frame errors");
                                outcome.check(app.errors.get(0).startsWith(Phase.MESSAGE.name()),
                                        "error not in phase MESSAGE: " + app.errors);
                                outcome.checkEquals(1, seen.count("opened"), "opens");
                                outcome.checkEquals(0, seen.count("closed"), "closes before the app closed");
                                outcome.finish("reported " + app.errors.get(0));
                            });
                        })));
    }

    /**
     * Connects while the server rejects sockets, sends three messages that wait in the
     * outbox, and checks that they arrive in order once the server accepts again.
     */
    static void outboxFlushedOnOpen(Outcome outcome) {
        SocketApp app = new SocketApp("outbox");
        SocketServer.control(outcome, app.tag, "accept", "on=false", () -> {
            app.run(new SocketConnect(app.config().build()),
                    new SocketSend(app.tag, "{\"n\":1}"),
                    new SocketSend(app.tag, "{\"n\":2}"),
                    new SocketSend(app.tag, "{\"n\":3}"));
            app.waitFor(outcome, "RECONNECTING", seen -> seen.state() == SocketState.RECONNECTING, () -> {
                outcome.checkEquals(3, app.sockets.waitingMessages(app.tag), "messages waiting while rejected");
                SocketServer.control(outcome, app.tag, "accept", "on=true", () ->
                        app.waitFor(outcome, "three echoes", seen -> seen.count("received") == 3, () -> {
                            Seen seen = app.state();
                            app.shutDown();
                            List<String> received = linesStartingWith(seen, "received");
                            outcome.checkEquals(Arrays.asList("received {\"n\":1}", "received {\"n\":2}",
                                    "received {\"n\":3}"), received, "echoes");
                            outcome.checkEquals(0, app.sockets.waitingMessages(app.tag), "messages waiting");
                            outcome.check(seen.lines().contains("error WebSocket error on " + SocketServer.url(app.tag)),
                                    "no error event for the rejected socket: " + seen.lines());
                            outcome.finish("lines " + seen.lines());
                        }));
            });
        });
    }

    /**
     * Sends acknowledged messages before and during a drop and checks on the server that
     * each was stored exactly once.
     */
    static void acknowledgedDrop(Outcome outcome) {
        SocketApp app = new SocketApp("acknowledged");
        app.run(new SocketConnect(app.config().acknowledged().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () -> {
            sendNumbered(app, 1, 5);
            SocketServer.control(outcome, app.tag, "accept", "on=false", () ->
                    SocketServer.control(outcome, app.tag, "drop", "", () ->
                            app.waitFor(outcome, "RECONNECTING", seen -> seen.state() == SocketState.RECONNECTING,
                                    () -> {
                                        sendNumbered(app, 6, 10);
                                        SocketServer.control(outcome, app.tag, "accept", "on=true", () ->
                                                waitUntilDelivered(outcome, app, 10));
                                    })));
        });
    }

    private static List<String> linesStartingWith(Seen seen, String prefix) {
        List<String> matching = new ArrayList<>();
        for (String line : seen.lines()) {
            if (line.startsWith(prefix)) {
                matching.add(line);
            }
        }
        return matching;
    }

    private static void sendNumbered(SocketApp app, int from, int to) {
        Object[] sends = new Object[to - from + 1];
        for (int n = from; n <= to; n++) {
            sends[n - from] = new SocketSend(app.tag, "{\"n\":" + n + "}");
        }
        app.run(sends);
    }

    private static void waitUntilDelivered(Outcome outcome, SocketApp app, int expected) {
        app.waitFor(outcome, "every message acknowledged",
                seen -> seen.state() == SocketState.OPEN && app.sockets.waitingMessages(app.tag) == 0, () ->
                        SocketServer.control(outcome, app.tag, "stats", "", stats -> {
                            app.shutDown();
                            outcome.checkEquals(expected, stats.integer("stored"), "messages stored");
                            outcome.checkEquals(expected, stats.integer("distinct"), "different messages stored");
                            outcome.checkEquals(0, stats.integer("duplicates"), "messages stored twice");
                            outcome.checkEquals(List.of(), app.errors, "frame errors");
                            outcome.finish("server " + stats.toJson());
                        }));
    }

    /**
     * Pings every 100 ms with a 150 ms timeout, stalls the server's pongs, and checks that
     * the client gives up on the socket, reports 1006 "no pong in time" and reconnects
     * once the pongs resume.
     */
    static void heartbeat(Outcome outcome) {
        SocketApp app = new SocketApp("heartbeat");
        app.run(new SocketConnect(app.config().heartbeat(new Heartbeat(100, 150)).build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () ->
                // Two intervals with pongs first, so the socket shows that it stays up while pongs arrive.
                SocketApp.after(outcome, 300, () -> {
                    outcome.checkEquals(0, app.state().count("closed"), "closes while pongs came");
                    SocketServer.control(outcome, app.tag, "stall", "on=true", () ->
                            app.waitFor(outcome, "the close for the missing pong",
                                    seen -> seen.count("closed") >= 1, () ->
                                            SocketServer.control(outcome, app.tag, "stall", "on=false", () ->
                                                    app.waitFor(outcome, "OPEN after the pongs resumed",
                                                            seen -> seen.state() == SocketState.OPEN
                                                                    && seen.count("opened") >= 2,
                                                            () -> finishHeartbeat(outcome, app)))));
                }));
    }

    private static void finishHeartbeat(Outcome outcome, SocketApp app) {
        SocketServer.control(outcome, app.tag, "stats", "", stats -> {
            Seen seen = app.state();
            app.shutDown();
            List<String> closes = linesStartingWith(seen, "closed");
            outcome.checkEquals("closed 1006 clean=false byClient=true reason=no pong in time",
                    closes.isEmpty() ? null : closes.get(0), "first close");
            outcome.check(stats.integer("pings") >= 3, "the server saw fewer than 3 pings: " + stats.toJson());
            outcome.checkEquals(List.of(), app.errors, "frame errors");
            outcome.finish("lines " + seen.lines() + ", server " + stats.toJson());
        });
    }

    /** Sends a request and checks that the server's response reaches the app as an event. */
    static void request(Outcome outcome) {
        SocketApp app = new SocketApp("request");
        app.run(new SocketConnect(app.config().build()));
        app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN, () -> {
            app.run(new SocketRequest(app.tag, BrowserJson.PARSER.parse("{\"q\":[1,2]}"), 2000,
                    json -> new Responded(json.toJson()), new RequestTimedOut()));
            app.waitFor(outcome, "the response", seen -> seen.count("response") + seen.count("request") == 1, () -> {
                Seen seen = app.state();
                app.shutDown();
                outcome.check(seen.lines().contains("response {\"echo\":{\"q\":[1,2]}}"),
                        "no response line: " + seen.lines());
                outcome.checkEquals(List.of(), app.errors, "frame errors");
                outcome.finish("lines " + seen.lines());
            });
        });
    }

    /**
     * Connects to a URL that the WebSocket constructor rejects and checks that the
     * connection fails at once, with the error reported and no retry.
     */
    static void invalidUrl(Outcome outcome) {
        SocketApp app = new SocketApp("invalid");
        SocketConfig config = SocketConfig.builder(app.tag, "ftp://127.0.0.1/not-a-websocket", message -> message)
                .reconnect(ReconnectPolicy.defaults().withBackoff(50, 2, 200))
                .onStatus(SocketApp.StatusChanged::new)
                .build();
        app.run(new SocketConnect(config));
        app.waitFor(outcome, "FAILED", seen -> seen.state() == SocketState.FAILED, () -> {
            Seen seen = app.state();
            outcome.checkEquals(1, app.errors.size(), "frame errors");
            outcome.check(!app.errors.isEmpty() && app.errors.get(0).contains("IllegalArgumentException"),
                    "the error is not an IllegalArgumentException: " + app.errors);
            outcome.finish("status " + seen.status() + ", error " + app.errors);
        });
    }
}
