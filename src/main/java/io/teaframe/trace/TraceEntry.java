package io.teaframe.trace;

import io.teaframe.FrameError;
import io.teaframe.sub.Query;
import java.util.List;

/**
 * The record of one handled event.
 *
 * @param event the event
 * @param startMillis clock time when handling started
 * @param handlerMillis time spent in the interceptor chain (handler included)
 * @param totalMillis time from start to the end of subscription listeners
 * @param effects the effect values that ran or were attempted, in order
 * @param stateBefore the state before the event
 * @param stateAfter the state after the event; the same object if nothing changed
 * @param recomputed the queries whose nodes recomputed, in order
 * @param error the failure that ended the event, or null
 */
public record TraceEntry(
        Object event,
        double startMillis,
        double handlerMillis,
        double totalMillis,
        List<Object> effects,
        Object stateBefore,
        Object stateAfter,
        List<Query<?>> recomputed,
        FrameError error) {

    /**
     * Returns the event, the state change and the error, without the times: a record's
     * generated {@code toString} would append the doubles, which pulls TeaVM's double
     * formatting code into every app that traces.
     */
    @Override
    public String toString() {
        return "TraceEntry[event=" + event + ", effects=" + effects + ", stateBefore=" + stateBefore
                + ", stateAfter=" + stateAfter + ", recomputed=" + recomputed + ", error=" + error + "]";
    }
}
