package io.teaframe.interceptor;

/**
 * The function of a state step: the new state from the state and the event. Returning
 * the same state object means "no change".
 *
 * <p>{@code io.teaframe.StateHandler} extends it, so the chain calls a state handler's
 * lambda itself rather than through a method that forwards the call.
 */
@FunctionalInterface
public interface StateFunction<S, E> {

    S handle(S state, E event);
}
