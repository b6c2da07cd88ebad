package io.teaframe;

/**
 * An event handler that only computes the new state: {@code (state, event) -> state}.
 * Returning the same state object means "no change".
 */
@FunctionalInterface
public interface StateHandler<S, E> {

    S handle(S state, E event);
}
