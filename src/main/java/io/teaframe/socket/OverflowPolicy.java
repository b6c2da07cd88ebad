package io.teaframe.socket;

/** What a full outbox does with one more message. Either way the app gets an event. */
public enum OverflowPolicy {
    /** Keep the waiting messages and reject the new one. */
    REJECT_NEWEST,
    /** Drop the oldest waiting message to make room for the new one. */
    DROP_OLDEST
}
