package io.teaframe.e2e.scenarios;

import io.teaframe.e2e.scenarios.SocketApp.Seen;
import io.teaframe.socket.OutboxPolicy;
import io.teaframe.socket.ReconnectPolicy;
import io.teaframe.socket.SocketConnect;
import io.teaframe.socket.SocketSend;
import io.teaframe.socket.SocketState;
import java.util.List;

/**
 * The socket fault scenario, run alone by {@code scenarios.html?suite=socket-fault}:
 * {@value #MESSAGES} acknowledged messages sent while the server drops the socket at
 * random moments. The server stores each message it accepts, and SocketFaultTest checks
 * its counters: none lost, none stored twice.
 */
final class SocketFaultScenario {

    /** The tag of the scenario's sockets on the test server. */
    static final String TAG = "fault";

    static final int MESSAGES = 10_000;

    /** Messages per batch; one batch is sent every {@value #BATCH_INTERVAL_MILLIS} ms. */
    static final int BATCH = 100;

    static final double BATCH_INTERVAL_MILLIS = 2;

    /** The seed of the server's drops, fixed so a failure can be run again. */
    static final long SEED = 20_261_204L;

    /** The maximum number of drops. */
    static final int MAX_DROPS = 30;

    /** The server drops the socket after about one acknowledged message in this many. */
    static final int DROP_ONE_IN = 300;

    /** The time the whole scenario gets, in milliseconds. */
    static final double TIMEOUT_MILLIS = 60_000;

    private SocketFaultScenario() {
    }

    static List<Scenario> list() {
        return List.of(new Scenario("socket acknowledged under random drops", TIMEOUT_MILLIS, SocketFaultScenario::run));
    }

    static void run(Outcome outcome) {
        SocketApp app = new SocketApp(TAG);
        int[] overflows = new int[1];
        ReconnectPolicy reconnect = ReconnectPolicy.defaults()
                .withBackoff(20, 2, 200)
                .withMaxAttempts(1_000)
                .withStableAfter(1_000);
        String chaos = "seed=" + SEED + "&drops=" + MAX_DROPS + "&oneIn=" + DROP_ONE_IN;
        SocketServer.control(outcome, TAG, "chaos", chaos, () -> {
            app.run(new SocketConnect(app.config()
                    .acknowledged()
                    .reconnect(reconnect)
                    .outbox(OutboxPolicy.rejectNewest(MESSAGES))
                    .onOverflow(overflow -> {
                        overflows[0]++;
                        return null;
                    })
                    .build()));
            app.waitFor(outcome, "OPEN", seen -> seen.state() == SocketState.OPEN,
                    () -> sendBatch(outcome, app, 1, overflows));
        });
    }

    private static void sendBatch(Outcome outcome, SocketApp app, int first, int[] overflows) {
        int last = Math.min(first + BATCH - 1, MESSAGES);
        Object[] sends = new Object[last - first + 1];
        for (int n = first; n <= last; n++) {
            sends[n - first] = new SocketSend(TAG, "{\"n\":" + n + "}");
        }
        app.run(sends);
        if (last < MESSAGES) {
            SocketApp.after(outcome, BATCH_INTERVAL_MILLIS, () -> sendBatch(outcome, app, last + 1, overflows));
            return;
        }
        app.waitFor(outcome, "every message acknowledged", TIMEOUT_MILLIS,
                seen -> seen.state() == SocketState.OPEN && app.sockets.waitingMessages(TAG) == 0, () ->
                        SocketServer.control(outcome, TAG, "stats", "", stats -> {
                            Seen seen = app.state();
                            app.shutDown();
                            outcome.checkEquals(0, overflows[0], "outbox overflows");
                            outcome.checkEquals(MESSAGES, stats.integer("distinct"), "different messages stored");
                            outcome.checkEquals(0, stats.integer("duplicates"), "messages stored twice");
                            outcome.check(stats.integer("drops") > 0, "the server dropped no socket");
                            outcome.checkEquals(List.of(), app.errors, "frame errors");
                            outcome.finish("server " + stats.toJson() + ", reconnects " + (seen.count("opened") - 1));
                        }));
    }
}
