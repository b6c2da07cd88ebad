package io.teaframe.socket;

/**
 * The WebSocket port: opens one socket and reports what happens to it.
 *
 * <p>A transport does no more than the browser's {@code WebSocket} does. Everything
 * around it (the connection state machine, reconnects, the outbox, acknowledgements,
 * heartbeats and codecs) is the core's, so it runs the same on the JVM and in the
 * browser. In the browser, {@code io.teaframe.browser.BrowserSocketTransport} implements
 * it; in tests, {@code io.teaframe.testkit.FakeSocketTransport} lets the test play the
 * server on virtual time.
 */
public interface SocketTransport {

    /**
     * Starts opening a socket to {@code url}, offering {@code protocols} (may be empty).
     * The listener is called from later tasks, never from inside this call.
     */
    SocketHandle open(String url, String[] protocols, SocketListener listener);
}
