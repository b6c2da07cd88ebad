package io.teaframe.http;

import io.teaframe.port.Cancellable;

/**
 * One {@link HttpRequest} effect, from the handler that returned it to the handling of
 * its last outcome event. Several calls can share one {@link Exchange} (in-flight
 * de-duplication), and each gets its own events.
 */
final class Call {

    // States, as package-info.java describes them. Plain constants rather than an enum,
    // because each enum adds its class and tables to every compiled app.
    static final int RUNNING = 0;
    static final int DELIVERING = 1;
    static final int DONE = 2;
    static final int ABORTED = 3;

    final HttpRequest request;
    final double start;
    final boolean isRefresh;
    int state = RUNNING;

    /** The exchange whose outcome it waits for, or null once it has one or was aborted. */
    Exchange exchange;

    /**
     * Bumped by every abort. An outcome event records the epoch it was made in and is
     * dropped when handled under another, which is how an abort wins over an outcome
     * whose event was already queued.
     */
    int epoch;

    /** Its registration in the scope of its group, removed when the call ends. */
    Cancellable scopeEntry = Cancellable.NONE;

    /** It got a stale cache entry and waits for the background fetch for its second event. */
    boolean revalidating;

    // Its links in the list of running calls, kept by RunningCalls.
    Call previousRunning;
    Call nextRunning;
    boolean listedRunning;

    Call(HttpRequest request, double start, boolean isRefresh) {
        this.request = request;
        this.start = start;
        this.isRefresh = isRefresh;
    }

    boolean isLive() {
        return state == RUNNING || state == DELIVERING;
    }

    /** The state's name, or the exchange's while one is running for it. */
    String stateName() {
        if (state == RUNNING && exchange != null) {
            return exchange.stateName();
        }
        if (state == RUNNING) {
            return "RUNNING";
        }
        if (state == DELIVERING) {
            return "DELIVERING";
        }
        return state == DONE ? "DELIVERED" : "ABORTED";
    }
}
