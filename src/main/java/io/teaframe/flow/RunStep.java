package io.teaframe.flow;

/**
 * The event through which a sequence runs a step's effect: its handler returns the
 * effect, so the frame carries it out like any other and reports it if it throws. The
 * handler runs nothing when {@code run} has ended meanwhile.
 */
record RunStep(String sequenceId, int step, Object effect, FlowRun run) {

    @Override
    public String toString() {
        return "RunStep[sequence=" + sequenceId + ", step=" + step + ", effect=" + effect + "]";
    }
}
