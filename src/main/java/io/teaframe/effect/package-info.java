/**
 * Effects: what an event handler asks the world to do, as plain data.
 *
 * <p>A handler never dispatches, starts a timer or sends a request itself. It returns
 * an {@link io.teaframe.effect.Effects} value: an optional new app state and an ordered
 * list of effect values, usually records. After the interceptor chain has run, the
 * frame interprets that value in one place:
 *
 * <ol>
 *   <li>The new state, if there is one, is committed first, so every effect handler
 *       sees the state the event produced.</li>
 *   <li>Each effect runs in list order through the {@link io.teaframe.effect.EffectHandler}
 *       registered for its class. A {@link io.teaframe.effect.BuiltInEffect} with no
 *       registered handler runs through the frame's own operations.</li>
 *   <li>An effect whose class has no handler is reported as an
 *       {@link io.teaframe.effect.UnknownEffectException} naming the class, and the
 *       effects after it still run. A typo in one effect must not silently drop the
 *       rest.</li>
 *   <li>An effect handler that throws ends the event: the state goes back to what it
 *       was before the event and the remaining effects are skipped. Effects that ran
 *       before it are not undone: events they dispatched stay queued and work they
 *       started goes on.</li>
 * </ol>
 *
 * <p>The built-in effects are {@link io.teaframe.effect.Dispatch},
 * {@link io.teaframe.effect.DispatchMany}, {@link io.teaframe.effect.DispatchLater},
 * {@link io.teaframe.effect.CancelDispatchLater} and {@link io.teaframe.effect.Deregister}.
 */
package io.teaframe.effect;
