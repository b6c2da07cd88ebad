package io.teaframe.flow;

import java.util.Objects;
import java.util.function.Function;

/**
 * One step of a {@link Sequence}: an effect made from the previous step's result, and
 * the matchers that recognise the event reporting its success or its failure. Any
 * effect whose result comes back as an event fits: an HTTP request, a socket request, a
 * timer.
 *
 * @param effect makes the step's effect from the previous step's success event (the
 *     sequence's input for the first step, which may be null)
 * @param success recognises the event that completes the step; it becomes the result
 * @param failure recognises the event that fails the step, or null if only a thrown
 *     effect or the sequence's timeout can fail it
 */
public record Step(Function<Object, Object> effect, EventMatcher success, EventMatcher failure) {

    public Step {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(success, "success");
    }
}
