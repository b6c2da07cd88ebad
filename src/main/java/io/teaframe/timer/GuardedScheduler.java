package io.teaframe.timer;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import java.util.function.BiConsumer;

/**
 * A scheduler whose tasks pass what they throw to {@code failures} with {@code source},
 * so that an exception in a timer callback reaches the frame's error handler rather
 * than only the scheduler's log.
 */
final class GuardedScheduler implements Scheduler {

    private final Scheduler scheduler;
    private final String source;
    private final BiConsumer<String, Throwable> failures;

    GuardedScheduler(Scheduler scheduler, String source, BiConsumer<String, Throwable> failures) {
        this.scheduler = scheduler;
        this.source = source;
        this.failures = failures;
    }

    @Override
    public Cancellable nextTick(Runnable task) {
        return scheduler.nextTick(guard(task));
    }

    @Override
    public Cancellable microtask(Runnable task) {
        return scheduler.microtask(guard(task));
    }

    @Override
    public Cancellable timeout(double delayMillis, Runnable task) {
        return scheduler.timeout(delayMillis, guard(task));
    }

    @Override
    public Cancellable animationFrame(Runnable task) {
        return scheduler.animationFrame(guard(task));
    }

    private Runnable guard(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                failures.accept(source, e);
            }
        };
    }
}
