package io.teaframe.testkit;

import io.teaframe.port.Scheduler;
import io.teaframe.socket.SocketHandle;
import io.teaframe.socket.SocketListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One socket of a {@link FakeSocketTransport}, seen from the server's side: the test
 * calls these methods to act as the server. Each action reaches the client's listener
 * in a task of its own, like the browser's events.
 *
 * <p>A misuse that a real server cannot do, such as sending on a socket that is not open,
 * throws an {@link IllegalStateException}, so a test cannot pass by accident.
 */
public final class FakeSocket {

    /** The state of the socket on the server's side. */
    public enum State {
        CONNECTING,
        OPEN,
        CLOSED
    }

    private final Scheduler scheduler;
    private final String url;
    private final String[] protocols;
    private final SocketListener listener;
    private final Handle handle = new Handle();
    private final List<Object> received = new ArrayList<>();

    private State state = State.CONNECTING;
    private String protocol = "";
    private boolean closedByClient;
    private int clientCloseCode;
    private String clientCloseReason;

    FakeSocket(Scheduler scheduler, String url, String[] protocols, SocketListener listener) {
        this.scheduler = scheduler;
        this.url = url;
        this.protocols = protocols.clone();
        this.listener = listener;
    }

    Handle handle() {
        return handle;
    }

    public String url() {
        return url;
    }

    /** Returns a copy of the subprotocols the client offered. */
    public String[] protocols() {
        return protocols.clone();
    }

    public State state() {
        return state;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    // ---------------------------------------------------------------- acting as the server

    /** Completes the handshake without a subprotocol. */
    public FakeSocket accept() {
        return accept("");
    }

    /** Completes the handshake, choosing {@code chosenProtocol} (empty for none). */
    public FakeSocket accept(String chosenProtocol) {
        requireState(State.CONNECTING, "accept");
        state = State.OPEN;
        protocol = chosenProtocol;
        notifyClient(listener::onOpen);
        return this;
    }

    /** Fails the handshake: the client sees an error, then a close with 1006, not clean. */
    public FakeSocket refuse() {
        requireState(State.CONNECTING, "refuse");
        return drop();
    }

    /** Sends a text frame to the client. */
    public FakeSocket send(String text) {
        requireState(State.OPEN, "send");
        notifyClient(() -> listener.onText(text));
        return this;
    }

    /** Sends a binary frame to the client. */
    public FakeSocket sendBytes(byte[] bytes) {
        requireState(State.OPEN, "send bytes");
        byte[] copy = bytes.clone();
        notifyClient(() -> listener.onBytes(copy));
        return this;
    }

    /**
     * Delivers a text frame to the client's listener even though the client closed this
     * socket, as a frame already on its way would arrive. A correct client ignores it.
     */
    public FakeSocket sendLate(String text) {
        scheduler.nextTick(() -> listener.onText(text));
        return this;
    }

    /** Closes the connection with a close frame: the client sees {@code code}, {@code reason}, clean. */
    public FakeSocket close(int code, String reason) {
        requireOpenOrConnecting("close");
        state = State.CLOSED;
        notifyClient(() -> listener.onClose(code, reason, true));
        return this;
    }

    /**
     * Drops the connection without a close frame, as a network failure does: the client
     * sees an error, then a close with 1006, not clean.
     */
    public FakeSocket drop() {
        requireOpenOrConnecting("drop");
        state = State.CLOSED;
        notifyClient(() -> listener.onError("connection lost"));
        notifyClient(() -> listener.onClose(1006, "", false));
        return this;
    }

    // ---------------------------------------------------------------- what the client did

    /** Returns the frames the client sent, oldest first: {@code String}s and {@code byte[]}s. */
    public List<Object> received() {
        return Collections.unmodifiableList(received);
    }

    /** Returns the text frames the client sent, oldest first. */
    public List<String> receivedTexts() {
        List<String> texts = new ArrayList<>();
        for (Object frame : received) {
            if (frame instanceof String) {
                texts.add((String) frame);
            }
        }
        return texts;
    }

    /** Forgets the frames received so far, so a test can look at what comes next. */
    public void clearReceived() {
        received.clear();
    }

    public boolean closedByClient() {
        return closedByClient;
    }

    /** Returns the code of the client's close, or 0 if it did not close. */
    public int clientCloseCode() {
        return clientCloseCode;
    }

    /** Returns the reason of the client's close, or null if it did not close. */
    public String clientCloseReason() {
        return clientCloseReason;
    }

    // ---------------------------------------------------------------- helpers

    /** Calls the listener in a later task, unless the client has closed the socket by then, as the port promises. */
    private void notifyClient(Runnable call) {
        scheduler.nextTick(() -> {
            if (!closedByClient) {
                call.run();
            }
        });
    }

    private void requireState(State expected, String action) {
        if (closedByClient) {
            throw new IllegalStateException("cannot " + action + ": the client closed this socket");
        }
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " a socket that is " + state + ", not " + expected);
        }
    }

    private void requireOpenOrConnecting(String action) {
        if (closedByClient) {
            throw new IllegalStateException("cannot " + action + ": the client closed this socket");
        }
        if (state == State.CLOSED) {
            throw new IllegalStateException("cannot " + action + " a socket that is already CLOSED");
        }
    }

    /** The client's side of the socket. */
    public final class Handle implements SocketHandle {

        private Handle() {
        }

        @Override
        public void sendText(String text) {
            requireClientCanSend();
            if (state == State.OPEN) {
                received.add(text);
            }
        }

        @Override
        public void sendBytes(byte[] bytes) {
            requireClientCanSend();
            if (state == State.OPEN) {
                received.add(bytes.clone());
            }
        }

        @Override
        public void close(int code, String reason) {
            if (closedByClient) {
                return;
            }
            closedByClient = true;
            clientCloseCode = code;
            clientCloseReason = reason;
            state = State.CLOSED;
        }

        @Override
        public String protocol() {
            return protocol;
        }

        @Override
        public double bufferedAmount() {
            return 0;
        }

        /**
         * Throws while connecting, as a browser does. A browser discards frames sent after
         * the client's close, but a correct client never sends them, so this throws too.
         */
        private void requireClientCanSend() {
            if (state == State.CONNECTING) {
                throw new IllegalStateException("the client sent a frame before the socket opened");
            }
            if (closedByClient) {
                throw new IllegalStateException("the client sent a frame after closing the socket");
            }
        }
    }
}
