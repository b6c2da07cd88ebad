package io.teaframe;

import io.teaframe.port.Logger;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The error handler behind {@link Frame#onError}: it turns each error into an app event
 * and dispatches it.
 *
 * <p>It guards against a loop. Suppose an error is raised while the frame handles an
 * event of a class that this handler has dispatched: the error event's handler, its
 * interceptors, effects or subscriptions failed. That error is logged and not turned
 * into another error event, because that event would most likely fail the same way,
 * again and again. An error is also only logged when the factory throws or returns
 * null.
 */
final class ErrorEvents implements ErrorHandler {

    private final Function<? super FrameError, ?> factory;
    private final Consumer<Object> dispatch;
    private final Logger logger;

    /** The classes of the events the factory returned; a short list, so a scan is fine. */
    private final ArrayList<Class<?>> errorEventClasses = new ArrayList<>(1);

    ErrorEvents(Function<? super FrameError, ?> factory, Consumer<Object> dispatch, Logger logger) {
        this.factory = factory;
        this.dispatch = dispatch;
        this.logger = logger;
    }

    @Override
    public void onError(FrameError error) {
        if (error.event() != null && errorEventClasses.contains(error.event().getClass())) {
            logger.error(error.describe() + " (in the handling of an error event, so it is only logged)",
                    error.cause());
            return;
        }

        Object event;
        try {
            event = factory.apply(error);
        } catch (RuntimeException e) {
            logger.error("teaframe: the onError factory threw while reporting " + error.describe(), e);
            return;
        }
        if (event == null) {
            logger.error(error.describe(), error.cause());
            return;
        }
        if (!errorEventClasses.contains(event.getClass())) {
            errorEventClasses.add(event.getClass());
        }
        dispatch.accept(event);
    }
}
