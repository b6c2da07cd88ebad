package io.teaframe.browser;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Delays;
import io.teaframe.port.Logger;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * A {@link Scheduler} on the browser's event loop.
 *
 * <p>{@link #nextTick} queues tasks in Java and posts one message on a private
 * {@code MessageChannel} for the whole queue. Browsers clamp {@code setTimeout(f, 0)}
 * to at least 4 ms after five levels of nesting and throttle it in background tabs, but
 * a message is queued as a task at once. Each message runs the tasks queued before it
 * started. A task that schedules another tick gets a later message, so the browser can
 * handle input between the two.
 *
 * <p>NOTE: ticks do not overtake timers that are already due. In Chromium 156 a
 * {@code setTimeout(f, 0)} made before a tick runs before the tick. Only ticks queued
 * before the timeout is made reliably run first.
 *
 * <p>{@link #microtask} queues tasks in Java in the same way and queues one microtask for
 * them with {@code queueMicrotask}, or with a resolved promise where that function is
 * missing. {@link #timeout} uses {@code setTimeout} and {@link #animationFrame} uses
 * {@code requestAnimationFrame}. A task that throws is logged at ERROR through the logger
 * given to the constructor, and the tasks after it still run, even if the logger throws.
 */
public final class BrowserScheduler implements Scheduler {

    /**
     * The maximum delay that {@code setTimeout} honours, in milliseconds. Browsers store
     * the delay as a signed 32-bit integer, and a longer delay fires at once.
     */
    static final double MAX_TIMEOUT_MILLIS = 2147483647.0;

    private final Logger logger;
    private final MessageChannel channel = new MessageChannel();
    private final Batch ticks = new Batch(() -> channel.getPort2().postMessage(null));
    private final Batch microtasks = new Batch(this::requestMicrotask);

    /**
     * The function that {@code queueMicrotask} calls, converted to a JavaScript function
     * once. A field of the functor type would be converted at each call, which builds a
     * property name and looks it up on the object: one allocation per microtask.
     */
    private final JSObject runMicrotasks = functionOf(this::runMicrotasks);

    /** Creates a scheduler that reports tasks that throw to {@code logger}. */
    public BrowserScheduler(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
        channel.getPort1().setOnMessage(event -> ticks.run());
    }

    @Override
    public Cancellable nextTick(Runnable task) {
        QueuedTask tick = new QueuedTask("nextTick", Objects.requireNonNull(task, "task"));
        ticks.add(tick);
        return tick;
    }

    @Override
    public Cancellable microtask(Runnable task) {
        QueuedTask microtask = new QueuedTask("microtask", Objects.requireNonNull(task, "task"));
        microtasks.add(microtask);
        return microtask;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A delay above {@value #MAX_TIMEOUT_MILLIS} ms (about 24.8 days) is shortened to
     * that value, because {@code setTimeout} would otherwise fire at once.
     */
    @Override
    public Cancellable timeout(double delayMillis, Runnable task) {
        Delays.requireFinite(delayMillis, "timeout delay");
        TimeoutTask timeout = new TimeoutTask(Objects.requireNonNull(task, "task"));
        double delay = Math.min(Math.max(delayMillis, 0), MAX_TIMEOUT_MILLIS);
        timeout.timerId = Window.setTimeout(timeout::runOnce, delay);
        return timeout;
    }

    @Override
    public Cancellable animationFrame(Runnable task) {
        AnimationFrameTask frame = new AnimationFrameTask(Objects.requireNonNull(task, "task"));
        frame.requestId = Window.requestAnimationFrame(timestamp -> frame.runOnce());
        return frame;
    }

    /**
     * The queued tasks that one browser callback runs together: the ticks of one
     * {@code MessageChannel} message, or the microtasks of one {@code queueMicrotask}
     * callback.
     */
    private final class Batch {

        /** Asks the browser for the callback that calls {@link #run}. */
        private final Runnable requestCallback;

        private List<QueuedTask> queued = new ArrayList<>();
        private boolean callbackRequested;

        Batch(Runnable requestCallback) {
            this.requestCallback = requestCallback;
        }

        void add(QueuedTask task) {
            queued.add(task);
            requestCallbackIfNeeded();
        }

        private void requestCallbackIfNeeded() {
            if (!callbackRequested && !queued.isEmpty()) {
                callbackRequested = true;
                requestCallback.run();
            }
        }

        void run() {
            callbackRequested = false;

            // Tasks queued while this loop runs go to a fresh list, for the next callback.
            // runOnce never throws, so every task of the list runs.
            List<QueuedTask> running = queued;
            queued = new ArrayList<>();
            for (int i = 0; i < running.size(); i++) {
                running.get(i).runOnce();
            }
            requestCallbackIfNeeded();
        }
    }

    private void requestMicrotask() {
        queueMicrotask(runMicrotasks);
    }

    private void runMicrotasks() {
        microtasks.run();
    }

    /** A JavaScript function without arguments, for {@code queueMicrotask}. */
    @JSFunctor
    interface Callback extends JSObject {
        void call();
    }

    @JSBody(params = "callback", script = "return callback;")
    private static native JSObject functionOf(Callback callback);

    @JSBody(params = "callback", script = "if (typeof queueMicrotask === 'function') { queueMicrotask(callback); }"
            + " else { Promise.resolve().then(callback); }")
    private static native void queueMicrotask(JSObject callback);

    /** A task that runs at most once, and not at all once cancelled. */
    private class QueuedTask implements Cancellable {

        /** The scheduler method that queued the task, for the error message. */
        private final String kind;

        /** The task, or null once it ran or was cancelled. */
        private Runnable task;

        QueuedTask(String kind, Runnable task) {
            this.kind = kind;
            this.task = task;
        }

        @Override
        public void cancel() {
            task = null;
        }

        final void runOnce() {
            Runnable pending = task;
            if (pending == null) {
                return;
            }
            task = null;
            try {
                pending.run();
            } catch (Throwable e) {
                report(e);
            }
        }

        private void report(Throwable e) {
            try {
                logger.error(kind + " task failed", e);
            } catch (Throwable loggerFailure) {
                // A logger that throws cannot report anything; the tasks after this one
                // must still run, so its failure ends here.
            }
        }

        final boolean isPending() {
            return task != null;
        }
    }

    private final class TimeoutTask extends QueuedTask {

        int timerId;

        TimeoutTask(Runnable task) {
            super("timeout", task);
        }

        @Override
        public void cancel() {
            if (isPending()) {
                super.cancel();
                Window.clearTimeout(timerId);
            }
        }
    }

    private final class AnimationFrameTask extends QueuedTask {

        int requestId;

        AnimationFrameTask(Runnable task) {
            super("animationFrame", task);
        }

        @Override
        public void cancel() {
            if (isPending()) {
                super.cancel();
                Window.cancelAnimationFrame(requestId);
            }
        }
    }
}
