package io.teaframe.flow;

import java.util.List;

/**
 * The internal event through which a group runs its tasks' effects: its handler returns
 * them, so the frame carries them out like any others. It runs nothing when the group
 * ended meanwhile, for example because a newer group with its key superseded it.
 */
record StartTasks(TaskRun run, List<Object> effects) {

    @Override
    public String toString() {
        return "StartTasks[group=" + run.key + ", effects=" + effects + "]";
    }
}
