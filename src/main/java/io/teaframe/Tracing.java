package io.teaframe;

import io.teaframe.trace.TraceEntry;
import io.teaframe.trace.TraceListener;

/**
 * The post-event callbacks and trace listeners of a frame, called as one trace listener.
 * The frame creates it when the first one is added and calls it through the
 * {@link TraceListener} interface. TeaVM links an interface call only to classes that
 * the app instantiates, so apps that add no listener compile without this code.
 */
final class Tracing implements TraceListener {

    private final Frame<?> frame;

    /** Post-event callbacks, adapted to trace listeners so that one loop serves both. */
    final NamedListeners<TraceListener> postEventCallbacks = new NamedListeners<>();
    final NamedListeners<TraceListener> traceListeners = new NamedListeners<>();

    Tracing(Frame<?> frame) {
        this.frame = frame;
    }

    /** Returns true while a post-event callback or a trace listener is registered. */
    boolean isActive() {
        return !traceListeners.isEmpty() || !postEventCallbacks.isEmpty();
    }

    /** Returns true while a trace listener, which receives the recomputed queries, is registered. */
    boolean hasTraceListeners() {
        return !traceListeners.isEmpty();
    }

    /**
     * Calls the post-event callbacks, then the trace listeners, with {@code entry}. A
     * listener that throws is reported to the frame's error handler, and the others
     * still run.
     */
    @Override
    public void onTrace(TraceEntry entry) {
        notifyListeners(postEventCallbacks, entry, "post-event callback ");
        notifyListeners(traceListeners, entry, "trace listener ");
    }

    private void notifyListeners(NamedListeners<TraceListener> listeners, TraceEntry entry, String kind) {
        if (listeners.isEmpty()) {
            return;
        }
        for (String id : listeners.idsSnapshot()) {
            TraceListener listener = listeners.get(id);
            if (listener == null) {
                continue;
            }
            try {
                listener.onTrace(entry);
            } catch (RuntimeException e) {
                frame.report(new FrameError(Phase.CALLBACK, entry.event(), null, kind + id, e));
            }
        }
    }
}
