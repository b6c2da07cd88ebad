package io.teaframe.socket;

import java.util.Objects;

/**
 * The bound of a connection's outbox and what happens beyond it.
 *
 * <p>The bound counts every message not yet delivered: those queued while the socket is
 * not open and, in acknowledged mode, those sent and not yet acknowledged. Requests count
 * while they wait in the queue. Messages of {@link SocketSubscribe} are kept apart and do
 * not count.
 *
 * @param maxMessages the maximum number of waiting messages, at least 1
 * @param overflow what a full outbox does with one more message
 */
public record OutboxPolicy(int maxMessages, OverflowPolicy overflow) {

    /** The default bound: 1,000 messages. */
    public static final int DEFAULT_MAX_MESSAGES = 1_000;

    public OutboxPolicy {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be at least 1, was " + maxMessages);
        }
        Objects.requireNonNull(overflow, "overflow");
    }

    /** Returns the default: {@value #DEFAULT_MAX_MESSAGES} messages, rejecting the newest. */
    public static OutboxPolicy defaults() {
        return new OutboxPolicy(DEFAULT_MAX_MESSAGES, OverflowPolicy.REJECT_NEWEST);
    }

    public static OutboxPolicy rejectNewest(int maxMessages) {
        return new OutboxPolicy(maxMessages, OverflowPolicy.REJECT_NEWEST);
    }

    public static OutboxPolicy dropOldest(int maxMessages) {
        return new OutboxPolicy(maxMessages, OverflowPolicy.DROP_OLDEST);
    }
}
