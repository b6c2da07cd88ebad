package io.teaframe;

import io.teaframe.interceptor.StateFunction;

/**
 * An event handler that only computes the new state: {@code (state, event) -> state}.
 * Returning the same state object means "no change".
 */
@FunctionalInterface
public interface StateHandler<S, E> extends StateFunction<S, E> {

    @Override
    S handle(S state, E event);
}
