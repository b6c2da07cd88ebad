package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * The callback the reconciler registers through {@link DomPort#addEventListener}. It
 * registers one per event type per element and keeps it for the element's life, so a
 * new handler in the next render costs no DOM call.
 */
public interface DomListener {

    /**
     * Handles one DOM event; {@code domEvent} is the adapter's native event object. Its
     * type is {@code JSObject} so that TeaVM passes the event as it is. For an
     * {@code Object} parameter TeaVM would wrap every event, with a {@code WeakMap} entry
     * and a {@code WeakRef}. Only a handler function that receives the event as an
     * {@code Object} wraps it.
     */
    void handleEvent(JSObject domEvent);
}
