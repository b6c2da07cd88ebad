package io.teaframe;

/** An event was handled, but no handler is registered for its class. */
public final class NoHandlerException extends RuntimeException {

    public NoHandlerException(Object event) {
        super("no handler is registered for " + event.getClass().getName() + " (event " + event
                + "); register one with Frame.on, onFx or onContext");
    }
}
