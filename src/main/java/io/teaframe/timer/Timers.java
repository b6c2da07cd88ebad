package io.teaframe.timer;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.scope.CancelScope;
import java.util.Objects;

/**
 * The timer effects of one frame. {@link #install} registers the handlers of
 * {@link StartInterval}, {@link StartTimeout}, {@link StopTimer}, {@link StopAllTimers},
 * {@link Debounce}, {@link Throttle}, {@link CancelDebounce}, {@link FlushDebounce} and
 * {@link CancelScope}:
 *
 * <pre>{@code
 * Timers timers = Timers.install(frame);
 * frame.onFx(Typed.class, (cofx, e) -> Effects.of(Debounce.of("search", 300, new Search(e.text()))));
 * frame.onFx(ShowClock.class, (cofx, e) -> Effects.of(new StartInterval("clock", 1_000, new Tick())));
 * }</pre>
 *
 * <p>Timers by id live in the frame's {@link TimerRegistry}, which {@code DispatchLater}
 * uses too; debounces and throttles live here. Both count what they hold, so a test
 * can check that nothing is left after a stop.
 */
public final class Timers {

    private final Frame<?> frame;
    private final Debounces debounces;

    private Timers(Frame<?> frame) {
        this.frame = frame;
        this.debounces = new Debounces(frame.platform().clock(), frame.platform().scheduler(), frame::dispatch,
                frame.scopes(), (source, cause) -> frame.reportError(
                        new FrameError(Phase.TIMER, null, null, source, cause)));
    }

    /** Registers the timer effects on {@code frame} and returns the module. */
    public static Timers install(Frame<?> frame) {
        Objects.requireNonNull(frame, "frame");
        Timers timers = new Timers(frame);
        TimerRegistry registry = frame.timers();
        frame.registerEffect(StartInterval.class, (effect, context) ->
                registry.interval(effect.id(), effect.intervalMillis(), effect.event(), effect.scopeId()));
        frame.registerEffect(StartTimeout.class, (effect, context) ->
                registry.timeout(effect.id(), effect.delayMillis(), effect.event(), effect.scopeId()));
        frame.registerEffect(StopTimer.class, (effect, context) -> registry.stop(effect.id()));
        frame.registerEffect(StopAllTimers.class, (effect, context) -> registry.stopAll());
        frame.registerEffect(Debounce.class, (effect, context) -> timers.debounces.call(effect));
        frame.registerEffect(Throttle.class, (effect, context) -> timers.debounces.call(effect.toDebounce()));
        frame.registerEffect(CancelDebounce.class, (effect, context) -> timers.debounces.cancel(effect.id()));
        frame.registerEffect(FlushDebounce.class, (effect, context) -> timers.debounces.flush(effect.id()));
        frame.scopes().registerCancelEffect(frame);
        return timers;
    }

    /** Returns the number of running timers by id, {@code DispatchLater} included. */
    public int runningTimers() {
        return frame.timers().count();
    }

    /** Returns the number of debounces and throttles that are not idle. */
    public int activeDebounces() {
        return debounces.count();
    }

    /** Returns true while the timer {@code id} is running. */
    public boolean isRunning(String id) {
        return frame.timers().isRunning(id);
    }
}
