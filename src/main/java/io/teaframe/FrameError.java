package io.teaframe;

/**
 * A failure while handling an event, as the frame's {@link ErrorHandler} receives it.
 *
 * @param phase where it happened
 * @param event the event being handled, or null when no event was (for example in a
 *     scheduled task)
 * @param interceptorId the id of the interceptor that threw, for {@link Phase#COEFFECT},
 *     {@link Phase#BEFORE}, {@link Phase#HANDLER} and {@link Phase#AFTER}; else null
 * @param source the effect value, the subscription query or the callback id involved,
 *     or null
 * @param cause what was thrown
 */
public record FrameError(Phase phase, Object event, String interceptorId, Object source, Throwable cause) {

    /** Returns a one-line description for logs. */
    public String describe() {
        StringBuilder text = new StringBuilder("teaframe: ").append(phase).append(" failure");
        if (event != null) {
            text.append(" handling ").append(event);
        }
        if (interceptorId != null) {
            text.append(" in interceptor '").append(interceptorId).append("'");
        }
        if (source != null) {
            text.append(" at ").append(source);
        }
        text.append(": ").append(cause);
        return text.toString();
    }
}
