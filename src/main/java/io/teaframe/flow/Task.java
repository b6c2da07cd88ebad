package io.teaframe.flow;

import io.teaframe.http.HttpRequest;
import io.teaframe.promise.RunPromise;
import java.util.Objects;
import java.util.function.Function;

/**
 * One piece of asynchronous work that {@link RunTasks} runs and can cancel: an HTTP
 * request, a promise effect or a sequence. The task's own success and failure
 * factories make its outcome event. Both are required, because a failure decides the
 * outcome of a race or an "all" group as much as a success does.
 *
 * <p>Running a task changes the effect: an HTTP request's group and a promise's scope
 * become the group's scope, and a sequence gets an id made from the group's key, so
 * that cancelling the group cancels the task silently. Use {@link RunTasks#inScope} to
 * tie the group to an owner such as a view.
 *
 * <p>NOTE: a task request or promise with an id is still superseded by a newer effect
 * with that id, which ends it silently; its group then waits until it is cancelled.
 * Give task effects no id, or ids of their own.
 */
public final class Task {

    private final Function<TaskSlot, Object> starter;
    private final String description;

    private Task(Function<TaskSlot, Object> starter, String description) {
        this.starter = starter;
        this.description = description;
    }

    /** Returns a task that sends {@code request}, which must have onSuccess and onFailure. */
    public static Task http(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        String description = request.describe();
        requireFactories(request.onSuccess(), request.onFailure(), description);
        return new Task(slot -> request.toBuilder()
                .group(slot.scope())
                .onSuccess(slot.success(request.onSuccess()))
                .onFailure(slot.failure(request.onFailure()))
                .build(), description);
    }

    /** Returns a task that waits for {@code effect}'s promise, which must have onSuccess and onFailure. */
    public static <T> Task promise(RunPromise<T> effect) {
        Objects.requireNonNull(effect, "effect");
        String description = effect.toString();
        requireFactories(effect.onSuccess(), effect.onFailure(), description);
        return new Task(slot -> effect.inScope(slot.scope())
                .onSuccess(slot.success(effect.onSuccess()))
                .onFailure(slot.failure(effect.onFailure())), description);
    }

    /**
     * Returns a task that runs the sequence of {@code start}, which must have onSuccess
     * and onFailure. It runs under the id {@code <group scope>/<task index>}, not its
     * own, so that two groups can run the same sequence at once.
     */
    public static Task sequence(StartSequence start) {
        Objects.requireNonNull(start, "start");
        Sequence sequence = start.sequence();
        String description = "sequence '" + sequence.id() + "'";
        requireFactories(sequence.successFactory(), sequence.failureFactory(), description);
        return new Task(slot -> {
            String id = slot.scope() + "/" + slot.index();
            slot.cancelWith(id);
            return new StartSequence(sequence.rewired(id, slot.success(sequence.successFactory()),
                    slot.failure(sequence.failureFactory())), start.input());
        }, description);
    }

    /** Returns the effect that runs this task in {@code slot}. */
    Object effectIn(TaskSlot slot) {
        return starter.apply(slot);
    }

    @Override
    public String toString() {
        return "Task[" + description + "]";
    }

    private static void requireFactories(Object onSuccess, Object onFailure, String description) {
        if (onSuccess == null || onFailure == null) {
            throw new IllegalArgumentException(description + " needs both an onSuccess and an onFailure factory "
                    + "to run as a task");
        }
    }
}
