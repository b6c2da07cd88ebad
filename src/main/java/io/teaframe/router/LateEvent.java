package io.teaframe.router;

/**
 * A queued value that becomes its event only when its turn comes. When it reaches the
 * head of the queue, the frame calls {@link #resolve} and handles the event it returns
 * in its place, or nothing if it returns null.
 *
 * <p>Effects that deliver outcomes use it. The HTTP effect queues one per response: its
 * {@code resolve} drops the outcome if the request was aborted while it waited in the
 * queue, and otherwise runs the request's event factory. So an abort handled first still
 * wins, the app's event is handled in the outcome's place in the queue, and no internal
 * event goes through the frame's interceptors in between.
 *
 * <p>The returned event is handled at once, in this value's turn: if it is
 * {@link AfterRender} it does not wait for a render, and if it is itself a
 * {@code LateEvent} it is resolved in turn. If {@code resolve} throws, the frame reports
 * the failure as an error of phase {@code HANDLER} naming this value, and the queue goes
 * on. A class that implements this interface should have no handler: the frame resolves
 * only values that no handler takes.
 */
public interface LateEvent {

    /** Returns the event to handle now, or null for none. */
    Object resolve();
}
