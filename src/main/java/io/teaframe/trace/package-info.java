/**
 * Hooks for tools: a trace of every event, and callbacks after each event.
 *
 * <p>Both run on the frame's thread after an event is fully handled: state committed,
 * effects run, subscriptions recomputed and their listeners notified. A trace entry is
 * built only while at least one trace listener is registered, so tracing costs nothing
 * when unused. A listener or callback that throws is reported to the frame's error
 * handler and does not affect the event or the other listeners.
 */
package io.teaframe.trace;
