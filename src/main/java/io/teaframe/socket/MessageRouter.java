package io.teaframe.socket;

/**
 * Turns a decoded incoming message into the event the frame dispatches. The message is
 * what the codec returns: a {@link io.teaframe.json.Json} value, a {@code String} or a
 * {@code byte[]}. {@link TypeFieldRouter} routes JSON messages by a type field.
 *
 * <p>Returning null drops the message on purpose. A router that throws has the message
 * reported to the frame's error handler, and the connection stays up.
 */
@FunctionalInterface
public interface MessageRouter {

    Object route(Object message);
}
