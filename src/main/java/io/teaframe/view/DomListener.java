package io.teaframe.view;

/**
 * The callback the reconciler registers through {@link DomPort#addEventListener}. It
 * registers one per event type per element and keeps it for the element's life, so a
 * new handler in the next render costs no DOM call.
 */
public interface DomListener {

    /** Handles one DOM event; {@code domEvent} is the adapter's native event object. */
    void handleEvent(Object domEvent);
}
