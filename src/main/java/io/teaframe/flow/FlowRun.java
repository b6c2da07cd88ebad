package io.teaframe.flow;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.port.Cancellable;
import io.teaframe.trace.TraceEntry;
import java.util.List;

/**
 * A running flow or sequence: what both share, their id, timeout and end. The package
 * documentation describes the states.
 */
abstract class FlowRun {

    final Flows flows;
    final String id;
    /**
     * The effect that started this run. The trace entry of the event that ran it is not
     * watched: the run did not exist when that event was handled. The effect, not the
     * event, identifies it, because an app may dispatch one event object many times.
     */
    private final Object startEffect;
    private boolean firstEntrySeen;
    private Cancellable timeout;
    private boolean ended;

    FlowRun(Flows flows, String id, Object startEffect) {
        this.flows = flows;
        this.id = id;
        this.startEffect = startEffect;
    }

    /** Starts the timeout, if any; the subclass then starts its own work. */
    void startTimeout(double timeoutMillis, Object timeoutEvent) {
        if (timeoutMillis < 0) {
            return;
        }
        timeout = flows.scheduler().timeout(timeoutMillis, () -> {
            try {
                timedOut(timeoutMillis, timeoutEvent);
            } catch (Throwable e) {
                flows.report(new FrameError(Phase.TIMER, null, null, "timeout of flow '" + id + "'", e));
            }
        });
    }

    /** Receives the trace entry of each event the frame handled while this run is on. */
    final void observe(TraceEntry entry) {
        if (ended) {
            return;
        }
        if (!firstEntrySeen) {
            // The starting event's entry comes first if it comes at all: the frame skips
            // tracing an event that began while no listener was registered.
            firstEntrySeen = true;
            if (containsSame(entry.effects(), startEffect)) {
                return;
            }
        }
        onEvent(entry);
    }

    abstract void onEvent(TraceEntry entry);

    private static boolean containsSame(List<Object> effects, Object effect) {
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i) == effect) {
                return true;
            }
        }
        return false;
    }

    boolean isEnded() {
        return ended;
    }

    /**
     * Ends the run: it leaves the registry, its timeout stops and its scope is
     * cancelled. Returns false if it had already ended. Callers dispatch their outcome
     * event first, because a scope's work may throw while it is cancelled.
     */
    final boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        if (timeout != null) {
            timeout.cancel();
        }
        onEnded();
        flows.ended(this);
        return true;
    }

    /** Runs once when the run ends, before its scope is cancelled. */
    void onEnded() {
    }

    private void timedOut(double timeoutMillis, Object timeoutEvent) {
        if (ended) {
            return;
        }
        if (timeoutEvent != null) {
            flows.dispatch(timeoutEvent);
        } else {
            flows.report(new FrameError(Phase.TIMEOUT, null, null, "flow '" + id + "'",
                    new FlowTimeoutException(id, (long) timeoutMillis)));
        }
        // Last, because cancelling the scope runs other modules' code, which may throw.
        end();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
