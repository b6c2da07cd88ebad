package io.teaframe.flow;

import io.teaframe.port.Cancellable;
import io.teaframe.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A running {@link RunTasks} group. Its id, which is also the scope of its tasks, is a
 * fresh scope id, so ending it through {@link FlowRun#end} cancels every task still
 * running. It watches the trace only for the failure of its own {@link StartTasks}
 * event.
 */
final class TaskRun extends FlowRun {

    final String key;
    final RunTasks group;
    private final Object[] results;
    private int missing;
    Cancellable ownerEntry = Cancellable.NONE;

    TaskRun(Flows flows, String id, RunTasks group) {
        super(flows, id, group);
        this.key = group.key();
        this.group = group;
        this.results = new Object[group.tasks().size()];
        this.missing = results.length;
    }

    @Override
    void onEvent(TraceEntry entry) {
        if (entry.event() instanceof StartTasks start && start.run() == this && entry.error() != null) {
            // A task's effect failed to start, and the frame reported it. That task would
            // never settle, so the group ends now.
            end();
        }
    }

    @Override
    void onEnded() {
        ownerEntry.cancel();
        flows.taskGroupEnded(this);
    }

    /** Stores the success event of task {@code index}; returns the events in task order once all are in. */
    List<Object> succeeded(int index, Object event) {
        results[index] = event;
        missing--;
        if (missing > 0) {
            return null;
        }
        List<Object> events = new ArrayList<>(results.length);
        for (Object result : results) {
            events.add(result);
        }
        return events;
    }
}
