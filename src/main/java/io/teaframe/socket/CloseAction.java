package io.teaframe.socket;

/** The action a connection takes when its socket is lost with a given close code. */
public enum CloseAction {
    /** Try again after the backoff delay, while attempts remain. */
    RECONNECT,
    /** Give up: the connection becomes {@link SocketState#FAILED}. */
    STOP
}
