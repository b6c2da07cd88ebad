package io.teaframe.router;

/** The states of the router; see this package's documentation for the table. */
public enum RouterState {
    /** The queue is empty and no run is scheduled. */
    IDLE,
    /** A run is scheduled for the next tick. */
    SCHEDULED,
    /** Events are being handled. */
    RUNNING,
    /** The event at the head waits for the next render. */
    PAUSED
}
