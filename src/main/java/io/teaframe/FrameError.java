package io.teaframe;

import io.teaframe.port.Delays;

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
 * @param timeMillis the frame's clock reading when the error was reported, or NaN
 *     before the frame reported it; {@link Frame#reportError} sets it
 */
public record FrameError(Phase phase, Object event, String interceptorId, Object source, Throwable cause,
        double timeMillis) {

    /** Returns an error without a time; the frame sets the time when it reports it. */
    public FrameError(Phase phase, Object event, String interceptorId, Object source, Throwable cause) {
        this(phase, event, interceptorId, source, cause, Double.NaN);
    }

    /** Returns a copy reported at {@code millis} on the frame's clock. */
    public FrameError at(double millis) {
        return new FrameError(phase, event, interceptorId, source, cause, millis);
    }

    /** Returns true once the frame has set the time of this error. */
    public boolean hasTime() {
        return !Double.isNaN(timeMillis);
    }

    /**
     * Returns a one-line description for logs, without the time: appending a double
     * pulls TeaVM's double formatting code into every app.
     */
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

    /**
     * Returns the record's usual text, with the time through {@link Delays#format},
     * because the generated {@code toString} would bring TeaVM's double-to-text code
     * into every app that prints an error.
     */
    @Override
    public String toString() {
        return "FrameError[phase=" + phase + ", event=" + event + ", interceptorId=" + interceptorId
                + ", source=" + source + ", cause=" + cause + ", timeMillis=" + Delays.format(timeMillis) + "]";
    }
}
