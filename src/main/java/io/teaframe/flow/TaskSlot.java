package io.teaframe.flow;

import java.util.function.Function;

/**
 * The place of one task in its group: the group's scope and the task's index. It wraps the
 * task's outcome factories so that each outcome becomes a {@link TaskSettled} event for
 * the group, carrying the app's event or what the factory threw.
 */
final class TaskSlot {

    private final TaskRun run;
    private final int index;

    TaskSlot(TaskRun run, int index) {
        this.run = run;
        this.index = index;
    }

    String scope() {
        return run.id;
    }

    int index() {
        return index;
    }

    <T> Function<T, Object> success(Function<? super T, ?> factory) {
        return value -> settled(true, factory, value);
    }

    <T> Function<T, Object> failure(Function<? super T, ?> factory) {
        return value -> settled(false, factory, value);
    }

    /** Cancels the flow or sequence {@code flowId} when the group ends. */
    void cancelWith(String flowId) {
        run.flows.scopes().add(run.id, () -> run.flows.cancel(flowId));
    }

    private <T> Object settled(boolean success, Function<? super T, ?> factory, T value) {
        try {
            return new TaskSettled(run, index, success, factory.apply(value), null);
        } catch (RuntimeException e) {
            return new TaskSettled(run, index, false, null, e);
        }
    }
}
