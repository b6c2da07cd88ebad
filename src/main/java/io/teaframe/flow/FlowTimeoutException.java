package io.teaframe.flow;

/** A flow or sequence that ran longer than its timeout and had no timeout event to dispatch. */
public final class FlowTimeoutException extends RuntimeException {

    /**
     * Creates the exception for flow {@code flowId}. The timeout is whole milliseconds,
     * because formatting a double would pull TeaVM's double-to-text code into apps.
     */
    public FlowTimeoutException(String flowId, long timeoutMillis) {
        super("flow '" + flowId + "' timed out after " + timeoutMillis
                + " ms; give it a timeout event to handle this in the app");
    }
}
