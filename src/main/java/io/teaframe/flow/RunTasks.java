package io.teaframe.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a group of {@link Task}s under a key, with one of four rules for concurrency.
 * An effect; immutable.
 *
 * <pre>{@code
 * Effects.of(RunTasks.latest("search", Task.http(searchRequest)));      // the older search is cancelled
 * Effects.of(RunTasks.leading("save", Task.http(saveRequest)));         // ignored while a save runs
 * Effects.of(RunTasks.race("mirror", Task.http(fromA), Task.http(fromB)));
 * Effects.of(RunTasks.all("dashboard", events -> new DashboardLoaded(events),
 *         Task.http(loadUser), Task.http(loadStats)));
 * }</pre>
 *
 * <ul>
 *   <li><b>latest</b>: a running group with the key is cancelled silently, then this one
 *       runs. Its task's outcome event is dispatched.</li>
 *   <li><b>leading</b>: while a group with the key runs, this effect does nothing.</li>
 *   <li><b>race</b>: the first task to settle, by success or failure, wins: the others
 *       are cancelled and its outcome event is dispatched.</li>
 *   <li><b>all</b>: the first failure cancels the others and its event is dispatched.
 *       If every task succeeds, {@code onAll} gets their success events in task order,
 *       and its event is dispatched.</li>
 * </ul>
 * A race or an "all" group, like a latest one, cancels a running group with its key.
 * A group ends when its outcome is dispatched, or when {@link CancelTasks}, its owner
 * scope or a newer group cancels it. If a task's effect throws when it starts, or a
 * factory throws, the frame reports it and the group ends with no event.
 */
public final class RunTasks {

    // Plain constants rather than an enum, because each enum adds its class and tables to every compiled app.
    static final int LATEST = 0;
    static final int LEADING = 1;
    static final int RACE = 2;
    static final int ALL = 3;

    private final String key;
    private final int mode;
    private final List<Task> tasks;
    private final Function<List<Object>, ?> onAll;
    private final String ownerScope;

    private RunTasks(String key, int mode, List<Task> tasks, Function<List<Object>, ?> onAll, String ownerScope) {
        this.key = key;
        this.mode = mode;
        this.tasks = tasks;
        this.onAll = onAll;
        this.ownerScope = ownerScope;
    }

    /** Returns the effect that cancels a running group with {@code key} and runs {@code task}. */
    public static RunTasks latest(String key, Task task) {
        return new RunTasks(checkedKey(key), LATEST, listOf(new Task[] {task}), null, null);
    }

    /** Returns the effect that runs {@code task} unless a group with {@code key} is running. */
    public static RunTasks leading(String key, Task task) {
        return new RunTasks(checkedKey(key), LEADING, listOf(new Task[] {task}), null, null);
    }

    /** Returns the effect that runs {@code tasks} until the first one settles. */
    public static RunTasks race(String key, Task... tasks) {
        return new RunTasks(checkedKey(key), RACE, listOf(tasks), null, null);
    }

    /**
     * Returns the effect that runs {@code tasks} until one fails or all succeed, when
     * {@code onAll} makes the event from their success events in task order. It may
     * return null to dispatch nothing.
     */
    public static RunTasks all(String key, Function<List<Object>, ?> onAll, Task... tasks) {
        return new RunTasks(checkedKey(key), ALL, listOf(tasks), Objects.requireNonNull(onAll, "onAll"), null);
    }

    /** Returns a copy whose group is cancelled when scope {@code owner} is, such as a view's. */
    public RunTasks inScope(String owner) {
        return new RunTasks(key, mode, tasks, onAll, Objects.requireNonNull(owner, "owner"));
    }

    public String key() {
        return key;
    }

    int mode() {
        return mode;
    }

    List<Task> tasks() {
        return tasks;
    }

    Function<List<Object>, ?> onAll() {
        return onAll;
    }

    String ownerScope() {
        return ownerScope;
    }

    @Override
    public String toString() {
        String[] names = {"latest", "leading", "race", "all"};
        return "RunTasks[" + names[mode] + " '" + key + "', " + tasks + "]";
    }

    private static String checkedKey(String key) {
        return Objects.requireNonNull(key, "key");
    }

    private static List<Task> listOf(Task[] tasks) {
        if (tasks.length == 0) {
            throw new IllegalArgumentException("a task group needs at least one task");
        }
        List<Task> list = new ArrayList<>(tasks.length);
        for (Task task : tasks) {
            list.add(Objects.requireNonNull(task, "a task must not be null"));
        }
        return list;
    }
}
