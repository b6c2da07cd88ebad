package io.teaframe.view;

/**
 * A function that receives the DOM event itself, for handlers that must read it (the
 * key pressed, the input's value) or call {@code preventDefault}.
 */
public interface DomEventHandler {

    /**
     * Handles {@code domEvent}, the adapter's native event object, and may dispatch
     * events to the app through {@code dispatcher}.
     */
    void handle(Object domEvent, Dispatcher dispatcher);
}
