package io.teaframe.port;

/**
 * Whether the browser believes it is online, and when that changes back.
 *
 * <p>In the browser this is {@code navigator.onLine} and the window's {@code online}
 * event. "Online" only means a network is attached, not that a server responds, so
 * callers still handle failures. They use this port to wait instead of failing fast
 * while offline.
 */
public interface Connectivity {

    /** A connectivity that is always online and never reports a change. */
    Connectivity ALWAYS_ONLINE = new Connectivity() {
        @Override
        public boolean online() {
            return true;
        }

        @Override
        public Cancellable whenOnline(Runnable listener) {
            return Cancellable.NONE;
        }
    };

    boolean online();

    /**
     * Calls {@code listener} each time the browser goes from offline to online, as a task
     * of its own, until the returned handle is cancelled.
     */
    Cancellable whenOnline(Runnable listener);
}
