package io.teaframe.flow;

import java.util.Objects;

/**
 * Starts {@code sequence}, whose first step gets {@code input} as its previous result.
 * A running flow or sequence with the same id is cancelled first, quietly.
 */
public record StartSequence(Sequence sequence, Object input) {

    public StartSequence {
        Objects.requireNonNull(sequence, "sequence");
        if (sequence.steps().isEmpty()) {
            throw new IllegalArgumentException("sequence '" + sequence.id() + "' has no steps");
        }
    }

    /** Returns the effect that starts {@code sequence} with a null input. */
    public StartSequence(Sequence sequence) {
        this(sequence, null);
    }
}
