package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * The one DOM listener of an element for one event type. The DOM keeps this object for
 * the element's life; a render that brings a new handler swaps {@link #current}, which
 * costs no DOM call. Handlers are often new lambdas in every render, so comparing them
 * would not save the calls.
 */
final class ListenerSlot implements DomListener {

    final String type;
    private final Dispatcher dispatcher;

    /** The token {@link DomPort#addEventListener} returned, for the removal. */
    Object token;

    /** The handler in force, or null once the element left the DOM. */
    Parts.Listener current;

    /** The element's next slot, or null for the last one. */
    ListenerSlot next;

    ListenerSlot(String type, Parts.Listener current, Dispatcher dispatcher) {
        this.type = type;
        this.current = current;
        this.dispatcher = dispatcher;
    }

    @Override
    public void handleEvent(JSObject domEvent) {
        Parts.Listener listener = current;

        // A removed element can still receive an event queued before its removal.
        if (listener == null) {
            return;
        }
        if (listener.handler() != null) {
            listener.handler().handle(domEvent, dispatcher);
        } else {
            dispatcher.dispatch(listener.event());
        }
    }
}
