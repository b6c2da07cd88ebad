package io.teaframe;

/** The step of event handling in which a failure happened. */
public enum Phase {
    /** No handler is registered for the event's class. */
    NO_HANDLER,
    /** A coeffect was missing or its handler threw; the handler did not run. */
    COEFFECT,
    /** An interceptor's {@code before} threw. */
    BEFORE,
    /** The event handler threw. */
    HANDLER,
    /** An interceptor's {@code after} threw, a validation included. */
    AFTER,
    /** An effect had no registered handler; the other effects still ran. */
    UNKNOWN_EFFECT,
    /** An effect handler threw; the state was restored and later effects skipped. */
    EFFECT,
    /** A subscription's computation or listener threw. */
    SUBSCRIPTION,
    /** A post-event callback or trace listener threw. */
    CALLBACK,
    /**
     * A view component's render function or one of its lifecycle hooks threw. No event
     * is involved; the error's source names the component.
     */
    RENDER,
    /**
     * A message that arrived from outside, such as a WebSocket frame, did not decode or
     * could not be routed to an event, or an outgoing message was lost to a full queue.
     * No event is involved; the error's source names the connection and the message.
     */
    MESSAGE,
    /**
     * Work that an effect started ended in a failure after the event was handled, and
     * the app gave nothing to receive it: an HTTP request without an {@code onFailure}
     * event, a request interceptor that threw when a request was sent, or a rejected
     * promise effect without an {@code onFailure} event. Also teaframe's own code that
     * threw in a promise's reaction. The error's source is the request or the promise
     * effect.
     */
    ASYNC_EFFECT,
    /**
     * Code run by a timer of teaframe's, outside event handling, threw: a timer, a
     * debounce or a flow's timeout. No event is involved; the error's source names the
     * timer.
     */
    TIMER,
    /**
     * Asynchronous work timed out and its caller gave no event to dispatch for it, such
     * as a flow started without a timeout event. The error's source names the work.
     */
    TIMEOUT
}
