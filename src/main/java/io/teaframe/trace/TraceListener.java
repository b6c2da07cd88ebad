package io.teaframe.trace;

/** Receives a {@link TraceEntry} after each event. */
@FunctionalInterface
public interface TraceListener {

    void onTrace(TraceEntry entry);
}
