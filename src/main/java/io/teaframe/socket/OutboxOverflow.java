package io.teaframe.socket;

/**
 * A message was not delivered because the outbox was full.
 *
 * @param connectionId the connection's id
 * @param message the message that was lost: the new one under
 *     {@link OverflowPolicy#REJECT_NEWEST}, the oldest waiting one under
 *     {@link OverflowPolicy#DROP_OLDEST}
 * @param policy the policy that decided which message was lost
 */
public record OutboxOverflow(String connectionId, Object message, OverflowPolicy policy) {
}
