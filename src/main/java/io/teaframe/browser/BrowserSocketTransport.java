package io.teaframe.browser;

import io.teaframe.socket.SocketHandle;
import io.teaframe.socket.SocketListener;
import io.teaframe.socket.SocketTransport;
import java.util.Objects;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MessageEvent;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.websocket.CloseEvent;
import org.teavm.jso.websocket.WebSocket;

/**
 * The {@link SocketTransport} of the browser: one {@code WebSocket} per
 * {@link #open}, with {@code binaryType = "arraybuffer"}.
 *
 * <p>Text frames reach {@link SocketListener#onText} and binary frames
 * {@link SocketListener#onBytes} as a copy of the {@code ArrayBuffer}. The {@code error}
 * event carries no detail in browsers, so {@link SocketListener#onError} gets a fixed
 * message with the URL, and the {@code close} event that follows carries the code.
 * After {@link SocketHandle#close}, the socket's events are ignored, as the port
 * requires.
 *
 * <p>The constructor of {@code WebSocket} throws a {@code SyntaxError} for an invalid
 * URL (not {@code ws:}, {@code wss:}, {@code http:} or {@code https:}, or with a
 * fragment), and {@code close} throws for a code or reason it does not allow. Both
 * surface here as an {@link IllegalArgumentException} with the browser's message.
 */
public final class BrowserSocketTransport implements SocketTransport {

    /** The {@code readyState} of an open {@code WebSocket}. */
    private static final int READY_STATE_OPEN = 1;

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the browser rejects the URL or the protocols
     */
    @Override
    public SocketHandle open(String url, String[] protocols, SocketListener listener) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(protocols, "protocols");
        Objects.requireNonNull(listener, "listener");
        JSObject created = createWebSocket(url, protocols);
        if (isString(created)) {
            throw new IllegalArgumentException("Invalid WebSocket URL or protocols for " + url + ": "
                    + asString(created));
        }
        WebSocket socket = (WebSocket) created;
        socket.setBinaryType("arraybuffer");
        BrowserSocket handle = new BrowserSocket(socket, url, listener);
        handle.listen();

        // Browsers fire "open" in a later task, so the socket is still connecting here.
        // HtmlUnit 5.7 fires it from its connection thread instead, which can happen
        // before the listeners above were set: report such an open from a task.
        if (socket.getReadyState() == READY_STATE_OPEN) {
            Window.setTimeout(handle::reportOpen, 0);
        }
        return handle;
    }

    /** One browser {@code WebSocket} and the listener its events go to. */
    private static final class BrowserSocket implements SocketHandle {

        private final WebSocket socket;
        private final String url;
        private final SocketListener listener;

        /** Set once the client closed the socket; its later events are ignored. */
        private boolean detached;

        /** Set once {@link SocketListener#onOpen} was called, which happens at most once. */
        private boolean openReported;

        BrowserSocket(WebSocket socket, String url, SocketListener listener) {
            this.socket = socket;
            this.url = url;
            this.listener = listener;
        }

        void listen() {
            socket.onOpen(this::opened);
            socket.onMessage(this::received);
            socket.onError(this::failed);
            socket.onClose(this::closed);
        }

        @Override
        public void sendText(String text) {
            socket.send(text);
        }

        @Override
        public void sendBytes(byte[] bytes) {
            socket.send(Int8Array.copyFromJavaArray(bytes));
        }

        /**
         * {@inheritDoc}
         *
         * @throws IllegalArgumentException if the browser rejects the code or the reason
         */
        @Override
        public void close(int code, String reason) {
            detached = true;
            String problem = closeSocket(socket, code, reason);
            if (problem != null) {
                throw new IllegalArgumentException("Invalid close of " + url + " with code " + code + ": " + problem);
            }
        }

        @Override
        public String protocol() {
            return socket.getProtocol();
        }

        @Override
        public double bufferedAmount() {
            return socket.getBufferedAmount();
        }

        private void opened(Event event) {
            reportOpen();
        }

        void reportOpen() {
            if (!detached && !openReported) {
                openReported = true;
                listener.onOpen();
            }
        }

        private void received(MessageEvent event) {
            if (detached) {
                return;
            }
            JSObject data = event.getData();
            if (isString(data)) {
                listener.onText(event.getDataAsString());
            } else {
                listener.onBytes(new Int8Array(event.getDataAsArray()).copyToJavaArray());
            }
        }

        private void failed(Event event) {
            if (!detached) {
                listener.onError("WebSocket error on " + url);
            }
        }

        private void closed(CloseEvent event) {
            if (detached) {
                return;
            }
            detached = true;
            listener.onClose(event.getCode(), event.getReason(), event.wasClean());
        }
    }

    /** Returns the new {@code WebSocket}, or the message of what its constructor threw, as a string. */
    @JSBody(params = {"url", "protocols"}, script = "try { return new WebSocket(url, protocols); }"
            + " catch (e) { return String(e && e.message ? e.message : e); }")
    private static native JSObject createWebSocket(String url, String[] protocols);

    /** Closes {@code socket} and returns null, or the message of what {@code close} threw. */
    @JSBody(params = {"socket", "code", "reason"}, script = "try { socket.close(code, reason); return null; }"
            + " catch (e) { return String(e && e.message ? e.message : e); }")
    private static native String closeSocket(WebSocket socket, int code, String reason);

    @JSBody(params = "value", script = "return typeof value === 'string';")
    private static native boolean isString(JSObject value);

    @JSBody(params = "value", script = "return value;")
    private static native String asString(JSObject value);
}
