/**
 * Async flows: rules over the events an app handles, sequences of effects, and task
 * groups that run requests, promises and sequences by key.
 *
 * <h2>Flows of rules</h2>
 * A {@link io.teaframe.flow.Flow}, like a re-frame-async-flow-fx flow, has an id, first
 * events to dispatch and {@link io.teaframe.flow.Rule}s: "when all of (or any of)
 * these events has been seen since the flow started, dispatch those events, and
 * perhaps halt". Events are recognised by an {@link io.teaframe.flow.EventMatcher}: an
 * exact class and an optional predicate.
 *
 * <p>{@link io.teaframe.flow.Flows} watches the frame's events through a trace
 * listener, which the frame calls after each event is handled. An event counts as seen
 * when it was handled or had no handler; an event whose handler, interceptors or
 * effects threw does not count, because the frame discarded its result. The event
 * whose effects started the flow does not count either.
 *
 * <pre>
 * state      trigger                                next       action
 * RUNNING    seen event makes rules ready           RUNNING    for each ready rule, in order: dispatch its events
 * RUNNING    a ready rule halts                     HALTED     dispatch its events; later rules do not fire
 * RUNNING    the last unfired rule fired            DONE       -
 * RUNNING    CancelFlow, or a start with its id     CANCELLED  - (nothing is dispatched)
 * RUNNING    the timeout                            TIMED_OUT  dispatch the timeout event, or report a
 *                                                              TIMEOUT error without one
 * </pre>
 * Each rule fires at most once. Leaving RUNNING, whatever the reason, removes the flow
 * from the registry, stops its timeout and cancels its scope, whose id is the flow id:
 * timers, debounces and later HTTP requests started with that scope stop. Events after
 * that are ignored quietly, because nothing is watching for them.
 *
 * <h2>Sequences</h2>
 * A {@link io.teaframe.flow.Sequence} is a list of {@link io.teaframe.flow.Step}s. A step
 * is a function from the previous step's success event to an effect, plus matchers for
 * the events that report its success and its failure, so any effect whose outcome comes
 * back as an event fits: an HTTP request, a socket request, a timer.
 * <pre>
 * state      trigger                                 next       action
 * STEP i     started (i = 0) or step i-1 succeeded   STEP i     make step i's effect from the previous result
 *                                                               (the input for step 0); run it through a RunStep event
 * STEP i     success event of step i, i not last     STEP i+1   -
 * STEP last  success event                           SUCCEEDED  dispatch onSuccess(event)
 * STEP i     failure event of step i                 FAILED     dispatch onFailure(failure)
 * STEP i     step i's effect or its function threw   FAILED     same; the exception is reported too
 * STEP i     CancelFlow, timeout                     as flows   as flows
 * </pre>
 * The effect runs as the effect of a {@code RunStep} event, so the frame carries it out
 * like any other effect and reports it if it throws. A sequence cancelled before its
 * {@code RunStep} is handled runs no effect. The first failure ends the sequence, and
 * outcome events of earlier or later steps are then ignored. A step's HTTP request
 * without a group, or promise effect without a scope, runs in the sequence's scope, so
 * ending the sequence cancels it.
 *
 * <p>NOTE: steps recognise their outcome by class and predicate only. Two sequences
 * waiting for the same event class at once both see each response unless their
 * predicates tell them apart, for example by a request id.
 *
 * <h2>Task groups</h2>
 * {@link io.teaframe.flow.RunTasks} runs {@link io.teaframe.flow.Task}s (an HTTP request,
 * a promise effect or a sequence) under a key, with one of four rules: latest wins,
 * leading wins, race, and all. A group is a run like a flow, with a fresh scope id as
 * its id. Each task runs in that scope, and its success and failure factories are
 * wrapped, so the outcome comes back as an internal {@code TaskSettled} event that
 * carries the app's event:
 * <pre>
 * state     trigger                                       next     action
 * (none)    RunTasks, leading, and a group with the key   (none)   nothing: the new group is ignored
 *           runs
 * (none)    RunTasks, other rules                         RUNNING  a running group with the key ends silently; the
 *                                                                  tasks' effects run through a StartTasks event
 * RUNNING   a success, rule "all", others still missing   RUNNING  store its event at the task's index
 * RUNNING   a success, rule "all", the last one missing   ENDED    cancel the scope; dispatch onAll(events in task order)
 * RUNNING   any other outcome                             ENDED    cancel the scope, so the other tasks stop silently;
 *                                                                  dispatch the outcome's event
 * RUNNING   a factory threw                               ENDED    cancel the scope; the frame reports the exception
 * RUNNING   StartTasks failed (an effect threw)           ENDED    cancel the scope; the frame has reported it
 * RUNNING   CancelTasks, its owner scope, a newer group   ENDED    cancel the scope; nothing is dispatched
 * </pre>
 * Ending the group before its outcome is dispatched means the losers of a race and the
 * rest of a failed "all" are cancelled before the app sees the result, and an outcome
 * that was already queued for them is dropped.
 */
package io.teaframe.flow;
