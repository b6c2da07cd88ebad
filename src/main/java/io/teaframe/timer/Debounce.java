package io.teaframe.timer;

import io.teaframe.port.Delays;
import java.util.Objects;

/**
 * Debounces {@code event} under {@code id}: lodash's {@code debounce} as an effect. The
 * frame dispatches the event of the last call once calls under the id have paused for
 * {@code waitMillis}. Build one with {@link #of} and the {@code with} methods:
 *
 * <pre>{@code
 * Debounce.of("search", 300, new Search(text))                  // trailing edge only
 * Debounce.of("save", 1_000, new Save()).withMaxWait(5_000)     // at least every 5 s while typing
 * Debounce.of("click", 500, new Submit()).withLeading(true).withTrailing(false)
 * }</pre>
 *
 * <p>The options of the call that starts a burst apply until the burst ends; the
 * options of later calls in the burst are ignored. With leading and trailing both on,
 * the trailing edge fires only if there was a second call during the wait.
 *
 * @param id the debounce's name; {@link CancelDebounce} and {@link FlushDebounce} use it
 * @param waitMillis the pause that ends a burst
 * @param event the event to fire
 * @param leading fire on the first call of a burst
 * @param trailing fire at the end of a burst, if a call is pending
 * @param maxWaitMillis the longest a pending call may wait, or a negative number for no
 *     limit; a value below {@code waitMillis} counts as {@code waitMillis}
 * @param scopeId the scope whose cancellation cancels this debounce, or null
 */
public record Debounce(String id, double waitMillis, Object event, boolean leading, boolean trailing,
        double maxWaitMillis, String scopeId) {

    /** The {@code maxWaitMillis} that means "no maximum". */
    public static final double NO_MAX_WAIT = -1;

    public Debounce {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Delays.requireFinite(waitMillis, "waitMillis");
        Delays.requireFinite(maxWaitMillis, "maxWaitMillis");
    }

    /** Returns a debounce that fires on the trailing edge only, with no maximum wait. */
    public static Debounce of(String id, double waitMillis, Object event) {
        return new Debounce(id, waitMillis, event, false, true, NO_MAX_WAIT, null);
    }

    public Debounce withLeading(boolean on) {
        return new Debounce(id, waitMillis, event, on, trailing, maxWaitMillis, scopeId);
    }

    public Debounce withTrailing(boolean on) {
        return new Debounce(id, waitMillis, event, leading, on, maxWaitMillis, scopeId);
    }

    public Debounce withMaxWait(double millis) {
        return new Debounce(id, waitMillis, event, leading, trailing, millis, scopeId);
    }

    public Debounce inScope(String scope) {
        return new Debounce(id, waitMillis, event, leading, trailing, maxWaitMillis, scope);
    }
}
