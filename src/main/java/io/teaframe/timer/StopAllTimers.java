package io.teaframe.timer;

/**
 * Stops every timer with an id: intervals, {@link StartTimeout}s and
 * {@code DispatchLater}s. A {@code DispatchLater} without an id cannot be stopped.
 * Debounces and throttles are not timers here; cancel them with {@link CancelDebounce}.
 */
public record StopAllTimers() {
}
