package io.teaframe.timer;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Throttles {@code event} under {@code id}: at most one fire per {@code waitMillis}.
 * As in lodash, a throttle is a {@link Debounce} whose maximum wait equals its wait,
 * with the leading edge on by default, so the first call fires at once and the last
 * call of each window fires at its end. Throttles and debounces share one id space.
 *
 * @param id the throttle's name; {@link CancelDebounce} and {@link FlushDebounce} use it
 * @param waitMillis the window
 * @param event the event to fire
 * @param leading fire on the first call of a burst
 * @param trailing fire at the end of a window, if a call is pending
 * @param scopeId the scope whose cancellation cancels this throttle, or null
 */
public record Throttle(String id, double waitMillis, Object event, boolean leading, boolean trailing,
        String scopeId) {

    public Throttle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Delays.requireFinite(waitMillis, "waitMillis");
    }

    /** Returns a throttle with the leading and trailing edges on. */
    public static Throttle of(String id, double waitMillis, Object event) {
        return new Throttle(id, waitMillis, event, true, true, null);
    }

    public Throttle withLeading(boolean on) {
        return new Throttle(id, waitMillis, event, on, trailing, scopeId);
    }

    public Throttle withTrailing(boolean on) {
        return new Throttle(id, waitMillis, event, leading, on, scopeId);
    }

    public Throttle inScope(String scope) {
        return new Throttle(id, waitMillis, event, leading, trailing, scope);
    }

    /** Returns the debounce this throttle stands for. */
    public Debounce toDebounce() {
        return new Debounce(id, waitMillis, event, leading, trailing, waitMillis, scopeId);
    }
}
