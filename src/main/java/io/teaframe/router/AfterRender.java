package io.teaframe.router;

/**
 * Marks an event that should be handled only after the next render: the router pauses
 * when this event reaches the head of the queue, waits for the next animation frame and
 * one more tick, and then handles it. Use it when the page should show the current
 * state first, for example a spinner before a long computation.
 */
public interface AfterRender {
}
