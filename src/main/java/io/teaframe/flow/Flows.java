package io.teaframe.flow;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.port.Scheduler;
import io.teaframe.scope.Scopes;
import io.teaframe.trace.TraceEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The flows and sequences of one frame by id. {@link #install} registers the handlers
 * of {@link StartFlow}, {@link StartSequence} and {@link CancelFlow}:
 *
 * <pre>{@code
 * Flows flows = Flows.install(frame);
 * frame.onFx(Boot.class, (cofx, e) -> Effects.of(new StartFlow(BOOT_FLOW)));
 * frame.onFx(Logout.class, (cofx, e) -> Effects.of(new CancelFlow("boot")));
 * }</pre>
 *
 * <p>Flows watch events through a trace listener, which the frame calls after each
 * event with its outcome. The listener is added when the first flow starts and removed
 * when the last one ends, so a frame without running flows builds no trace entries for
 * them.
 */
public final class Flows {

    /** The id of the trace listener through which flows watch events. */
    public static final String LISTENER_ID = "teaframe.flows";

    private final Frame<?> frame;
    private final Map<String, FlowRun> runs = new HashMap<>();
    /** The running task groups by key. Each is in {@link #runs} too, under its scope id. */
    private final Map<String, TaskRun> groups = new HashMap<>();
    private boolean listening;

    private Flows(Frame<?> frame) {
        this.frame = frame;
    }

    /** Registers the flow effects on {@code frame} and returns the module. */
    public static Flows install(Frame<?> frame) {
        Objects.requireNonNull(frame, "frame");
        Flows flows = new Flows(frame);
        frame.registerEffect(StartFlow.class, (effect, context) -> flows.start(effect.flow(), effect));
        frame.registerEffect(StartSequence.class, (effect, context) ->
                flows.start(effect.sequence(), effect.input(), effect));
        frame.registerEffect(CancelFlow.class, (effect, context) -> flows.cancel(effect.id()));
        frame.scopes().registerCancelEffect(frame);
        frame.onFx(RunStep.class, (cofx, step) ->
                step.run().isEnded() ? Effects.none() : Effects.of(step.effect()));
        frame.registerEffect(RunTasks.class, (effect, context) -> flows.startTasks(effect));
        frame.registerEffect(CancelTasks.class, (effect, context) -> flows.cancelTasks(effect.key()));
        frame.onFx(StartTasks.class, (cofx, start) ->
                start.run().isEnded() ? Effects.none() : Effects.of(start.effects().toArray()));
        frame.onFx(TaskSettled.class, (cofx, settled) -> flows.taskSettled(settled));
        return flows;
    }

    /**
     * Cancels the flow or sequence {@code id} as {@link CancelFlow} does; returns false if
     * none was running.
     */
    public boolean cancel(String id) {
        FlowRun run = runs.get(id);
        return run != null && run.end();
    }

    /** Returns true while the flow or sequence {@code id} runs. */
    public boolean isRunning(String id) {
        return runs.containsKey(id);
    }

    /** Returns the number of running flows, sequences and task groups. */
    public int count() {
        return runs.size();
    }

    /**
     * Cancels the task group {@code key} as {@link CancelTasks} does; returns false if
     * none was running.
     */
    public boolean cancelTasks(String key) {
        TaskRun run = groups.get(key);
        return run != null && run.end();
    }

    /** Returns true while a task group with {@code key} runs. */
    public boolean isTaskGroupRunning(String key) {
        return groups.containsKey(key);
    }

    /** Returns the number of running task groups. */
    public int taskGroups() {
        return groups.size();
    }

    // ---------------------------------------------------------------- starting

    private void start(Flow flow, Object startEffect) {
        RuleRun run = new RuleRun(this, flow, startEffect);
        register(run);
        run.startTimeout(flow.timeoutMillis(), flow.timeoutEvent());
        for (Object event : flow.firstEvents()) {
            frame.dispatch(event);
        }
        if (flow.rules().isEmpty()) {
            run.end();
        }
    }

    private void start(Sequence sequence, Object input, Object startEffect) {
        SequenceRun run = new SequenceRun(this, sequence, startEffect);
        register(run);
        run.startTimeout(sequence.timeoutMillis(), sequence.timeoutEvent());
        run.begin(input);
    }

    private void startTasks(RunTasks group) {
        TaskRun current = groups.get(group.key());
        if (current != null) {
            if (group.mode() == RunTasks.LEADING) {
                frame.logger().debug("teaframe flows: task group '" + group.key() + "' is running; "
                        + group + " is ignored");
                return;
            }
            current.end();
        }
        TaskRun run = new TaskRun(this, frame.scopes().newId("tasks:" + group.key()), group);
        register(run);
        groups.put(group.key(), run);
        if (group.ownerScope() != null) {
            run.ownerEntry = frame.scopes().add(group.ownerScope(), run::end);
        }
        List<Task> tasks = group.tasks();
        List<Object> effects = new ArrayList<>(tasks.size());
        try {
            for (int i = 0; i < tasks.size(); i++) {
                effects.add(tasks.get(i).effectIn(new TaskSlot(run, i)));
            }
        } catch (RuntimeException e) {
            // The frame reports the exception as this effect's failure.
            run.end();
            throw e;
        }
        frame.dispatch(new StartTasks(run, effects));
    }

    /**
     * Handles one task's outcome: passes its event on, or stores it until all are in.
     * The group ends before its outcome is dispatched, so the tasks still running are
     * cancelled first.
     */
    private Effects taskSettled(TaskSettled settled) {
        TaskRun run = settled.run();
        if (run.isEnded()) {
            return Effects.none();
        }
        if (settled.error() != null) {
            run.end();
            throw settled.error();
        }
        if (run.group.mode() == RunTasks.ALL && settled.success()) {
            List<Object> events = run.succeeded(settled.index(), settled.event());
            if (events == null) {
                return Effects.none();
            }
            run.end();
            return dispatchOf(run.group.onAll().apply(events));
        }
        run.end();
        return dispatchOf(settled.event());
    }

    private static Effects dispatchOf(Object event) {
        return event == null ? Effects.none() : Effects.of(new Dispatch(event));
    }

    private void register(FlowRun run) {
        cancel(run.id);
        runs.put(run.id, run);
        if (!listening) {
            listening = true;
            frame.addTraceListener(LISTENER_ID, this::observe);
        }
    }

    private void observe(TraceEntry entry) {
        // A copy, because a run may end, or start another, while it observes.
        ArrayList<FlowRun> current = new ArrayList<>(runs.values());
        for (int i = 0; i < current.size(); i++) {
            current.get(i).observe(entry);
        }
    }

    // ---------------------------------------------------------------- for the runs

    /** Called once by a run that ended: forget it and cancel its scope. */
    void ended(FlowRun run) {
        if (runs.get(run.id) == run) {
            runs.remove(run.id);
        }
        if (runs.isEmpty() && listening) {
            listening = false;
            frame.removeTraceListener(LISTENER_ID);
        }
        frame.scopes().cancel(run.id);
    }

    /** Called once by a task group that ended, before its scope is cancelled. */
    void taskGroupEnded(TaskRun run) {
        if (groups.get(run.key) == run) {
            groups.remove(run.key);
        }
    }

    Scopes scopes() {
        return frame.scopes();
    }

    Scheduler scheduler() {
        return frame.platform().scheduler();
    }

    void dispatch(Object event) {
        frame.dispatch(event);
    }

    void report(FrameError error) {
        frame.reportError(error);
    }

    /** Dispatches the event {@code factory} makes from {@code value}; a null event dispatches nothing. */
    <T> void dispatchFrom(Function<T, Object> factory, T value, String flowId) {
        Object event;
        try {
            event = factory.apply(value);
        } catch (RuntimeException e) {
            report(new FrameError(Phase.CALLBACK, null, null, "outcome event factory of flow '" + flowId + "'", e));
            return;
        }
        if (event != null) {
            frame.dispatch(event);
        }
    }
}
