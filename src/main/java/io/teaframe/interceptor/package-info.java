/**
 * Interceptors: the chain that every event passes through.
 *
 * <p>Handling an event means running a chain of {@link io.teaframe.interceptor.Interceptor}s
 * over one immutable {@link io.teaframe.interceptor.Context}. The chain is the frame's
 * global interceptors, then the handler's own interceptors, then the handler itself,
 * wrapped as the last interceptor. The context carries:
 *
 * <ul>
 *   <li>the coeffects: what the handler may know of the world (the state, the event,
 *       the time, a random source, and custom values injected by interceptors);</li>
 *   <li>the effects: what the handler asks for (a new state and effect values);</li>
 *   <li>the queue: interceptors still to enter, which an interceptor may extend;</li>
 *   <li>the stack: interceptors already entered, whose {@code after} is still to run.</li>
 * </ul>
 *
 * <p>The runner works in two phases. Forwards: while the queue is not empty, it moves
 * the first interceptor onto the stack and calls its {@code before}. Backwards: while
 * the stack is not empty, it pops the top interceptor and calls its {@code after}. So
 * the first interceptor's {@code before} runs first and its {@code after} runs last.
 *
 * <p>The runner builds a new immutable context only for a step that takes one, showing
 * the queue and stack at that step. A {@link io.teaframe.interceptor.StateInterceptor}
 * (the frame's state handlers, {@code Interceptors.after} and {@code Interceptors.validate})
 * gets the state and the event instead, and a step made with no function does nothing.
 * The order of steps and what each step sees are the same either way.
 *
 * <p>A chain whose steps are all state steps or {@code Interceptor.before} functions runs
 * plain ({@link io.teaframe.interceptor.Chain#runPlain}): the same two phases in one
 * short loop each, with the functions called directly. If a step returns another
 * context than the one it was given, the rest of the run goes on in the general runner.
 *
 * <p>If any step throws, the runner stops: no further {@code before} or {@code after}
 * runs, the context is dropped with the new state and the effects it held, and the
 * frame reports the failure with the interceptor's id and the phase. A missing
 * coeffect fails the same way, before the handler runs, so the event is not handled.
 */
package io.teaframe.interceptor;
