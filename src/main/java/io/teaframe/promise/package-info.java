/**
 * The promise effect: any promise, such as a JavaScript {@code Promise}, turned into a
 * success or a failure event, and cancellable by id or by scope.
 *
 * <p>A handler returns a {@link io.teaframe.promise.RunPromise} holding a
 * {@link io.teaframe.promise.PromiseSource}, the port to the promise:
 * {@code BrowserPromise} in the browser, {@code FakePromise} in JVM tests. The
 * {@link io.teaframe.promise.Promises} module installed on the frame subscribes to it
 * and, once it settles, dispatches the event that {@code onSuccess} makes from the value
 * or {@code onFailure} from the {@link io.teaframe.promise.PromiseRejection}.
 *
 * <h2>A promise effect's lifecycle</h2>
 * <pre>
 * state      trigger                                    next       action
 * WAITING    the source settles                         SETTLED    queue the internal PromiseSettled event
 * WAITING    CancelPromise(id), a newer effect with     CANCELLED  cancel the subscription; nothing is dispatched
 *            its id, or its scope is cancelled
 * SETTLED    PromiseSettled is handled                  DONE       run the factory and dispatch its event; a
 *                                                                  rejection without onFailure is reported
 * SETTLED    cancelled before PromiseSettled is handled CANCELLED  the PromiseSettled event is dropped
 * </pre>
 *
 * <p>Cancelling ends the effect on teaframe's side only. A JavaScript promise cannot be
 * stopped, so the work behind it goes on, and its reaction finds no callback.
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>A factory that throws is reported like a handler that throws (phase
 *       {@code HANDLER}, with the PromiseSettled event), and the queue goes on.</li>
 *   <li>A rejection without {@code onFailure} is reported with phase {@code ASYNC_EFFECT}
 *       and a {@link io.teaframe.promise.PromiseRejectedException}.</li>
 *   <li>Teaframe's code in the reaction runs inside a guard: what it throws is reported
 *       with phase {@code ASYNC_EFFECT}, so it reaches {@code frame.onError} rather than
 *       only the JavaScript console as an unhandled rejection. A source that settles
 *       twice is reported the same way; the first settlement counts.</li>
 *   <li>A source whose {@code subscribe} throws fails the effect (phase {@code EFFECT}),
 *       and nothing is left registered.</li>
 * </ul>
 */
package io.teaframe.promise;
