package io.teaframe.port;

/**
 * Runs tasks later, on the one thread that runs the frame.
 *
 * <p>Tasks never run inside the call that schedules them. Tasks of one kind run in the
 * order they were scheduled. An exception thrown by a task is the caller's bug: the
 * scheduler reports it through the logger it was built with and goes on.
 */
public interface Scheduler {

    /**
     * Schedules {@code task} to run as a new task soon after the current one ends. In
     * the browser this is a {@code MessageChannel} message: the browser may render and
     * handle input before it runs, but it escapes the minimum delay that browsers put
     * on nested {@code setTimeout(f, 0)} calls. Next-tick tasks run in the order they
     * were scheduled. How they interleave with timers that are due is up to the
     * browser, so code must not depend on it.
     */
    Cancellable nextTick(Runnable task);

    /**
     * Schedules {@code task} to run as soon as the current task's script has ended, before
     * the browser renders, handles input or runs any other task. In the browser this is a
     * microtask ({@code queueMicrotask}). Microtasks run in the order they were scheduled,
     * and a microtask that schedules another delays everything else until the chain
     * ends, so a caller must bound how often it uses them. The default runs the task as a
     * {@link #nextTick}.
     */
    default Cancellable microtask(Runnable task) {
        return nextTick(task);
    }

    /**
     * Schedules {@code task} to run after {@code delayMillis} milliseconds. A delay of
     * zero or less runs it as a timer task as soon as possible.
     *
     * @throws IllegalArgumentException if the delay is NaN or infinite
     */
    Cancellable timeout(double delayMillis, Runnable task);

    /**
     * Schedules {@code task} to run before the next repaint, like
     * {@code requestAnimationFrame}. Browsers pause animation frames in hidden tabs.
     */
    Cancellable animationFrame(Runnable task);
}
