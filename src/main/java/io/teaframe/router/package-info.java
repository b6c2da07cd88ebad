/**
 * The router: the queue of events and the state machine that drains it.
 *
 * <h2>The problem</h2>
 * A page has one thread. If the router handled events as soon as they were dispatched,
 * a handler that dispatches would run another handler in the middle of its own, and a
 * burst of events would hold the thread until the last one was done: no rendering, no
 * input, a frozen page. Browsers also throttle timers in background tabs, so the way the
 * router comes back to its queue matters.
 *
 * <h2>The strategy</h2>
 * <ul>
 *   <li>{@code dispatch} only appends to a FIFO queue. Handling happens later, when the
 *       current script has ended. An idle router starts its run in a microtask, so an
 *       event that a click listener dispatches is handled before the browser renders or
 *       runs another task. A microtask keeps the browser from rendering until it ends,
 *       so once runs in microtasks have taken one slice (see below) in all, an idle
 *       router schedules its next run with {@code nextTick}, a task of its own. That
 *       run, or a slice without any run, starts the count again.</li>
 *   <li>In its run the router handles events one at a time, each to completion:
 *       interceptors, handler, effects. Events dispatched meanwhile join the end of the
 *       queue, so A dispatching B and C, then B dispatching D, handles A, B, C, D. The
 *       event in hand stays the head of the queue until it is done, but it no longer
 *       counts as waiting.</li>
 *   <li>A run ends when the queue is empty, when the slice is used up, or before a
 *       render (below). Then the router calls
 *       {@link io.teaframe.router.EventProcessor#runEnded}, where the frame brings its
 *       subscriptions up to date once for the whole run. Their listeners may dispatch,
 *       so the router checks the queue again before it goes idle.</li>
 *   <li>Between events it checks the clock. Once a slice of
 *       {@link io.teaframe.router.Router#SLICE_MILLIS} has passed, it schedules another
 *       task and returns, so the browser can render and handle input in between.
 *       Reading the clock is not free (about 0.2 microseconds for
 *       {@code performance.now()} in Chromium 156, measured here), so while events are
 *       fast the router reads it after every 2, 4, up to 32 events, and after every
 *       event again as soon as they slow down. The event's {@code now} coeffect is the
 *       latest reading.</li>
 *   <li>An event that implements {@link io.teaframe.router.AfterRender} pauses the router
 *       until the next animation frame has run, and then one more tick, so the DOM
 *       shows the state before it is handled (for example, to show a spinner before a
 *       long computation).</li>
 *   <li>A queued {@link io.teaframe.router.LateEvent} becomes its event only at the head
 *       of the queue: the frame resolves it, and the router handles the result in its
 *       place, or nothing. Effects queue outcomes this way, so that what happened while
 *       they waited (an abort) still counts, and no internal event runs first.</li>
 *   <li>An effect whose browser callback dispatches (a promise reaction, for example)
 *       may run that work in {@link io.teaframe.router.Router#handleAfter}. An idle router
 *       then schedules nothing while the work runs, and afterwards starts the run at once,
 *       where it would have started in a microtask. This is the IDLE to SCHEDULED and
 *       SCHEDULED to RUNNING rows below in one turn.</li>
 * </ul>
 *
 * <h2>The state machine</h2>
 * <pre>
 * state      trigger         next state   action
 * IDLE       ADD_EVENT       SCHEDULED    enqueue; schedule a run (a microtask, or the
 *                                         next tick once microtask runs took a slice)
 * SCHEDULED  ADD_EVENT       SCHEDULED    enqueue
 * SCHEDULED  RUN             RUNNING      handle events
 * RUNNING    ADD_EVENT       RUNNING      enqueue
 * RUNNING    QUEUE_EMPTY     IDLE         - (after runEnded left the queue empty)
 * RUNNING    SLICE_ENDED     SCHEDULED    runEnded; schedule a run
 * RUNNING    NEEDS_RENDER    PAUSED       runEnded; schedule a run after the next frame
 * PAUSED     ADD_EVENT       PAUSED       enqueue
 * PAUSED     RESUME          RUNNING      handle the paused event, then the rest
 * </pre>
 * Any other pair is a bug in the router and throws {@link java.lang.IllegalStateException}
 * naming the state and the trigger's number.
 *
 * <p>{@code dispatchSync} handles an event at once, outside the queue. It is allowed
 * only while no event is being handled and no listener is being notified, because
 * running a handler inside another would break "one event at a time". It calls
 * {@code runEnded} after the event.
 */
package io.teaframe.router;
