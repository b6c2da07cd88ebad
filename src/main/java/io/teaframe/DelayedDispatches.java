package io.teaframe;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The timers of the {@code DispatchLater} effect. A named timer replaces the pending one
 * of the same name; an anonymous one cannot be cancelled. The count of pending timers is
 * exposed so that tests can check that nothing is left behind.
 */
final class DelayedDispatches {

    private final Scheduler scheduler;
    private final Consumer<Object> dispatch;
    private final Map<String, Cancellable> named = new HashMap<>();
    private int anonymous;

    DelayedDispatches(Scheduler scheduler, Consumer<Object> dispatch) {
        this.scheduler = scheduler;
        this.dispatch = dispatch;
    }

    void schedule(String id, double delayMillis, Object event) {
        if (id == null) {
            anonymous++;
            scheduler.timeout(delayMillis, () -> {
                anonymous--;
                dispatch.accept(event);
            });
            return;
        }

        cancel(id);
        Cancellable[] handle = new Cancellable[1];
        handle[0] = scheduler.timeout(delayMillis, () -> {
            // Only the timer that is still registered under this id may remove it.
            if (named.get(id) == handle[0]) {
                named.remove(id);
            }
            dispatch.accept(event);
        });
        named.put(id, handle[0]);
    }

    void cancel(String id) {
        Cancellable pending = named.remove(id);
        if (pending != null) {
            pending.cancel();
        }
    }

    boolean isPending(String id) {
        return named.containsKey(id);
    }

    int pendingCount() {
        return named.size() + anonymous;
    }
}
