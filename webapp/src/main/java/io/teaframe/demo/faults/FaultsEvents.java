package io.teaframe.demo.faults;

import io.teaframe.sub.Query;

/** The events and the query of the fault controls. */
public final class FaultsEvents {

    private FaultsEvents() {
    }

    public record LoadFaults() {
    }

    /** New settings, from a response or from the server's push after any client changed them. */
    public record FaultsLoaded(FaultsState faults) {
    }

    /**
     * Changes one setting.
     *
     * @param member {@code latencyMillis}, {@code errorRate}, {@code errorStatus} or {@code stallPongs}
     * @param json the new value as JSON text, such as {@code 0.5} or {@code true}
     */
    public record SetFault(String member, String json) {
    }

    public record ResetFaults() {
    }

    /** Asks the server to drop every open socket without a close frame, as a network failure would. */
    public record DropSockets() {
    }

    /** Throws in the app's own handler, to show a failure reaching the error panel through the error boundary. */
    public record ThrowInHandler() {
    }

    public record Faults() implements Query<FaultsState> {
    }
}
