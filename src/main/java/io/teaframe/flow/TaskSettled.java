package io.teaframe.flow;

/**
 * The internal event that carries one task's outcome to its group. Its handler decides
 * whether the app's event is dispatched; it drops the outcome of a group that ended.
 *
 * @param event the event the task's factory made, or null
 * @param error what the factory threw, or null
 */
record TaskSettled(TaskRun run, int index, boolean success, Object event, RuntimeException error) {

    @Override
    public String toString() {
        return "TaskSettled[group=" + run.key + ", task=" + index + ", " + (success ? "success" : "failure")
                + ", event=" + event + "]";
    }
}
