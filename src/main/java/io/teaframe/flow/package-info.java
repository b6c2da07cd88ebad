/**
 * Async flows: rules over the events an app handles, and sequences of effects.
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
 * outcome events of earlier or later steps are then ignored.
 *
 * <p>NOTE: steps recognise their outcome by class and predicate only. Two sequences
 * waiting for the same event class at once both see each response unless their
 * predicates tell them apart, for example by a request id.
 */
package io.teaframe.flow;
