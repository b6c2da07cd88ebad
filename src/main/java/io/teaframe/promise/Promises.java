package io.teaframe.promise;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The promise effect of one frame. {@link #install} registers the handlers of
 * {@link RunPromise}, {@link CancelPromise} and {@code CancelScope}:
 *
 * <pre>{@code
 * Promises promises = Promises.install(frame);
 * frame.onFx(Copy.class, (cofx, e) -> Effects.of(RunPromise.of(BrowserPromise.of(clipboardWrite(e.text())))
 *         .onSuccess(done -> new Copied())
 *         .onFailure(rejection -> new CopyFailed(rejection.message()))));
 * }</pre>
 *
 * <p>A settlement does not become the app's event directly: it is dispatched as an
 * internal event, whose handler runs the factory. So a cancel handled before that event
 * wins over a settlement that already happened, and a factory that throws is reported
 * like any handler (phase {@code HANDLER}) while the queue goes on. What throws in the
 * reaction itself, outside any event, reaches the frame's error handler with phase
 * {@code ASYNC_EFFECT} rather than the JavaScript console.
 */
public final class Promises {

    private final Frame<?> frame;
    private final Map<String, PromiseRun> byId = new HashMap<>();
    private int running;

    private Promises(Frame<?> frame) {
        this.frame = frame;
    }

    /** Registers the promise effects on {@code frame} and returns the module. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Promises install(Frame<?> frame) {
        Objects.requireNonNull(frame, "frame");
        Promises promises = new Promises(frame);
        frame.registerEffect(RunPromise.class, (effect, context) -> promises.start((RunPromise<Object>) effect));
        frame.registerEffect(CancelPromise.class, (effect, context) -> promises.cancel(effect.id()));
        frame.scopes().registerCancelEffect(frame);
        frame.onFx(PromiseSettled.class, (cofx, settled) -> promises.deliver(settled));
        return promises;
    }

    /** Cancels the promise effect {@code id} as {@link CancelPromise} does; returns false if none was running. */
    public boolean cancel(String id) {
        PromiseRun run = byId.get(id);
        if (run == null) {
            return false;
        }
        end(run);
        return true;
    }

    /** Returns the number of promise effects whose settlement has not been handled yet. */
    public int running() {
        return running;
    }

    /** Returns true while the promise effect {@code id} runs. */
    public boolean isRunning(String id) {
        return byId.containsKey(id);
    }

    // ---------------------------------------------------------------- the run's lifecycle

    private void start(RunPromise<Object> effect) {
        PromiseRun run = new PromiseRun(this, effect);
        if (effect.id() != null) {
            PromiseRun previous = byId.get(effect.id());
            if (previous != null) {
                end(previous);
            }
            byId.put(effect.id(), run);
        }
        running++;
        if (effect.scopeId() != null) {
            run.scopeEntry = frame.scopes().add(effect.scopeId(), () -> end(run));
        }
        try {
            run.subscription = effect.source().subscribe(run);
        } catch (RuntimeException e) {
            // The frame reports the exception as the effect's failure; nothing is left behind.
            end(run);
            throw e;
        }
    }

    /**
     * Ends {@code run}: it leaves the registry and its scope, and its subscription is
     * cancelled, so the source drops its reference to the callback. A settlement still queued is
     * dropped when handled.
     */
    private void end(PromiseRun run) {
        if (run.ended) {
            return;
        }
        run.ended = true;
        running--;
        String id = run.effect.id();
        if (id != null && byId.get(id) == run) {
            byId.remove(id);
        }
        run.scopeEntry.cancel();
        run.subscription.cancel();
    }

    /** Called by the source through {@code run}: queues the settlement, or reports what went wrong. */
    void settle(PromiseRun run, Object value, PromiseRejection rejection) {
        try {
            if (run.settled) {
                throw new IllegalStateException("the promise source settled a second time; the first "
                        + "settlement counts");
            }
            run.settled = true;
            if (run.ended) {
                return;
            }
            frame.dispatch(new PromiseSettled(run, value, rejection));
        } catch (Throwable e) {
            frame.reportError(new FrameError(Phase.ASYNC_EFFECT, null, null, run.effect, e));
        }
    }

    private Effects deliver(PromiseSettled settled) {
        PromiseRun run = settled.run;
        if (run.ended) {
            return Effects.none();
        }
        end(run);
        RunPromise<Object> effect = run.effect;
        if (settled.rejection == null) {
            return dispatchOf(effect.onSuccess(), settled.value);
        }
        if (effect.onFailure() != null) {
            return dispatchOf(effect.onFailure(), settled.rejection);
        }
        frame.reportError(new FrameError(Phase.ASYNC_EFFECT, settled, null, effect,
                new PromiseRejectedException(settled.rejection)));
        return Effects.none();
    }

    private static <T> Effects dispatchOf(Function<? super T, ?> factory, T value) {
        Object event = factory == null ? null : factory.apply(value);
        return event == null ? Effects.none() : Effects.of(new Dispatch(event));
    }
}
