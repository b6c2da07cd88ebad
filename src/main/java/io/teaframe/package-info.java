/**
 * teaframe: the re-frame model for browser apps in Java, compiled by TeaVM.
 *
 * <p>An app is one {@link io.teaframe.Frame}. It holds one immutable app state and
 * handles events, which are plain values, one at a time from a queue. Each event runs
 * through this sequence:
 *
 * <ol>
 *   <li>The router takes it from the queue ({@code io.teaframe.router}).</li>
 *   <li>The interceptor chain runs: global interceptors, the handler's own, then the
 *       handler, which is pure and returns the new state and effects as data
 *       ({@code io.teaframe.interceptor}).</li>
 *   <li>The frame commits the new state and carries out the effects in order
 *       ({@code io.teaframe.effect}).</li>
 *   <li>Subscriptions recompute what changed and notify their listeners
 *       ({@code io.teaframe.sub}).</li>
 *   <li>Post-event callbacks and trace listeners see the result
 *       ({@code io.teaframe.trace}).</li>
 * </ol>
 *
 * <p>A failure at any step ends that event only: its new state and remaining effects
 * are dropped, one {@link io.teaframe.FrameError} reaches the frame's
 * {@link io.teaframe.ErrorHandler}, and the queue goes on.
 *
 * <p>Everything platform-specific sits behind the ports of {@code io.teaframe.port}:
 * {@code io.teaframe.browser} implements them for the browser and
 * {@code io.teaframe.testkit} on virtual time for JVM tests.
 */
package io.teaframe;
