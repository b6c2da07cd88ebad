package io.teaframe.flow;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.http.HttpRequest;
import io.teaframe.promise.RunPromise;
import io.teaframe.trace.TraceEntry;
import java.util.List;

/** A running {@link Sequence}: it waits for the current step's outcome and runs the next step. */
final class SequenceRun extends FlowRun {

    private final Sequence sequence;
    private final List<Step> steps;
    private int current;

    SequenceRun(Flows flows, Sequence sequence, Object startEffect) {
        super(flows, sequence.id(), startEffect);
        this.sequence = sequence;
        this.steps = sequence.steps();
    }

    /** Runs the first step with {@code input}. */
    void begin(Object input) {
        runStep(0, input);
    }

    @Override
    void onEvent(TraceEntry entry) {
        Object event = entry.event();
        if (event instanceof RunStep run && run.run() == this) {
            if (entry.error() != null && run.step() == current) {
                // The step's effect threw; the frame has reported it already.
                fail(new StepFailure(id, current, null, entry.error().cause()));
            }
            return;
        }
        if (!RuleRun.counts(entry)) {
            return;
        }
        Step step = steps.get(current);
        if (step.failure() != null && step.failure().matches(event)) {
            fail(new StepFailure(id, current, event, null));
            return;
        }
        if (step.success().matches(event)) {
            if (current == steps.size() - 1) {
                succeed(event);
            } else {
                runStep(current + 1, event);
            }
        }
    }

    private void runStep(int index, Object previous) {
        current = index;
        Object effect;
        try {
            effect = steps.get(index).effect().apply(previous);
            if (effect == null) {
                throw new IllegalStateException("step " + index + " of sequence '" + id + "' made a null effect");
            }
        } catch (RuntimeException e) {
            flows.report(new FrameError(Phase.EFFECT, null, null, "step " + index + " of sequence '" + id + "'", e));
            fail(new StepFailure(id, index, null, e));
            return;
        }
        flows.dispatch(new RunStep(id, index, inScope(effect), this));
    }

    /**
     * Returns {@code effect} in this sequence's scope, when it is an HTTP request without
     * a group or a promise effect without a scope, so that ending the sequence cancels it.
     */
    private Object inScope(Object effect) {
        if (effect instanceof HttpRequest request && request.group() == null) {
            return request.toBuilder().group(id).build();
        }
        if (effect instanceof RunPromise<?> promise && promise.scopeId() == null) {
            return promise.inScope(id);
        }
        return effect;
    }

    private void succeed(Object last) {
        if (isEnded()) {
            return;
        }
        if (sequence.successFactory() != null) {
            flows.dispatchFrom(sequence.successFactory(), last, id);
        }
        end();
    }

    private void fail(StepFailure failure) {
        if (isEnded()) {
            return;
        }
        if (sequence.failureFactory() != null) {
            flows.dispatchFrom(sequence.failureFactory(), failure, id);
        }
        end();
    }
}
