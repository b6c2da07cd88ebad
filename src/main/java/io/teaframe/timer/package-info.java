/**
 * Timers by id, and debounce and throttle effects.
 *
 * <h2>Timers by id</h2>
 * The frame keeps one {@link io.teaframe.timer.TimerRegistry}. The built-in
 * {@code DispatchLater} and the effects {@link io.teaframe.timer.StartTimeout} and
 * {@link io.teaframe.timer.StartInterval} all put their timers there, under one id
 * space:
 * <ul>
 *   <li>Starting an id that is running replaces the running timer, whatever its kind:
 *       the old one is cancelled and dispatches nothing more.</li>
 *   <li>{@link io.teaframe.timer.StopTimer} and {@code CancelDispatchLater} stop one id,
 *       {@link io.teaframe.timer.StopAllTimers} every timer with an id, and cancelling a
 *       timer's scope (see {@code io.teaframe.scope}) the timers of that scope. A view
 *       component's scope is cancelled when it unmounts.</li>
 *   <li>A stopped or finished timer leaves nothing behind:
 *       {@link io.teaframe.timer.TimerRegistry#count()} counts what runs, and tests read
 *       it through {@code Frame.pendingDelayedDispatches()} or
 *       {@link io.teaframe.timer.Timers#runningTimers()}.</li>
 *   <li>An exception inside a timer's task reaches the frame's error handler with phase
 *       {@code TIMER} instead of only the scheduler's log.</li>
 * </ul>
 *
 * <h2>Debounce and throttle</h2>
 * {@link io.teaframe.timer.Debounce} follows lodash 4.17's {@code debounce}: options
 * {@code wait}, {@code leading} (off by default), {@code trailing} (on) and
 * {@code maxWait}, with cancel and flush as the effects
 * {@link io.teaframe.timer.CancelDebounce} and {@link io.teaframe.timer.FlushDebounce}.
 * {@link io.teaframe.timer.Throttle} is a debounce whose {@code maxWait} equals its
 * wait, with the leading edge on by default, as in lodash. What fires is the event of
 * the last call.
 *
 * <p>{@link io.teaframe.timer.Debouncer} is the state machine of one id, on the clock
 * and scheduler ports only. Its variables: {@code lastCall}, the time of the last call;
 * {@code lastFire}, the time of the last fire or of the burst's start; {@code pending},
 * the event of the last call not fired yet. A burst is <em>due</em> to end when
 * {@code now - lastCall >= wait}, or, with a maxWait, when
 * {@code now - lastFire >= maxWait}.
 * <pre>
 * state     trigger                           next      action
 * IDLE      CALL                              WAITING   lastCall := lastFire := now; timer in wait;
 *                                                       fire the event if leading, else keep it pending
 * WAITING   CALL, maxWait passed              WAITING   fire this call's event now; timer in wait
 * WAITING   CALL, otherwise                   WAITING   lastCall := now; keep the event pending
 * WAITING   TIMER, not due                    WAITING   timer for the time left until due
 * WAITING   TIMER or FLUSH, due (FLUSH: any)  IDLE or   fire the pending event if trailing;
 *                                             COOLING   COOLING if the burst is still not due after it
 * COOLING   CALL                              WAITING   lastCall := now; keep the event pending; timer in wait
 * COOLING   TIMER (due now)                   IDLE      -
 * any       CANCEL                            IDLE      drop the pending event and the timer
 * </pre>
 *
 * <p>Why each rule:
 * <ul>
 *   <li>With leading and trailing both on, the trailing edge fires only if a second
 *       call came: the leading fire took the first call's event, so nothing is
 *       pending.</li>
 *   <li>The IDLE call sets {@code lastFire} to the burst's start, so maxWait counts
 *       from there. Counting from a fire before a long pause would make the first call
 *       after the pause fire at once with leading off, as lodash 4.6.1 did.</li>
 *   <li>COOLING is lodash's state of a debounce whose timer is unset but whose last call
 *       is recent. It exists after a fire that maxWait forced: a call then must not fire
 *       on a leading edge, or a throttle would fire twice within one wait. The registry
 *       keeps the debouncer until COOLING ends and drops it in IDLE, so an idle id holds
 *       no memory and no timer.</li>
 *   <li>A call that finds the WAITING timer due or overdue (a busy thread, a hidden
 *       tab) lets the timer expire first, so the old burst ends with its own last event
 *       and the call starts a new burst. lodash would instead fire the new call at once
 *       when a maxWait is set, a leading fire with leading off, and drop the old burst's
 *       event. At one instant the timer counts as having run first, which is also how
 *       the table test orders calls and timers. With a wait of 0, calls at one instant
 *       make one burst, as in lodash.</li>
 *   <li>The options of the call that starts a burst hold until the id is IDLE again.</li>
 * </ul>
 */
package io.teaframe.timer;
