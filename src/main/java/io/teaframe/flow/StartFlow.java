package io.teaframe.flow;

import java.util.Objects;

/**
 * Starts {@code flow}. A running flow or sequence with the same id is cancelled first,
 * quietly, so starting an id again restarts it.
 */
public record StartFlow(Flow flow) {

    public StartFlow {
        Objects.requireNonNull(flow, "flow");
    }
}
