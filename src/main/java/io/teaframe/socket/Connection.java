package io.teaframe.socket;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import java.util.function.Function;

/**
 * The state machine of one connection id, as tabled in this package's documentation.
 * Each socket it opens gets a generation number, and callbacks from a socket of an
 * older generation are dropped, so a replaced or abandoned socket cannot reach the app.
 * What goes over an open socket is {@link Traffic}'s job.
 */
final class Connection {

    /** The close code sent when the client gives up on a socket (no pong, or not open in time). */
    static final int GAVE_UP_CODE = 4000;

    /** The close code reported for a socket that ended without a close frame, or was given up. */
    static final int ABNORMAL_CODE = 1006;

    private final Sockets sockets;
    private final String id;
    private final Traffic traffic;
    private SocketConfig config;

    private SocketState state = SocketState.CLOSED;
    private int attempt;
    private double nextAttemptAt = -1;
    private int lastCloseCode;
    private String lastCloseReason = "";
    private SocketStatus published;

    /** Whether a socket was lost since the last connect, for {@link SocketOpened#reconnect()}. */
    private boolean lostSinceConnect;

    private SocketHandle handle;
    private int generation;

    private Cancellable connectTimer = Cancellable.NONE;
    private Cancellable reconnectTimer = Cancellable.NONE;
    private Cancellable stableTimer = Cancellable.NONE;
    private Cancellable pingTimer = Cancellable.NONE;
    private Cancellable pongTimer;

    Connection(Sockets sockets, SocketConfig config, String session) {
        this.sockets = sockets;
        this.id = config.id();
        this.config = config;
        this.traffic = new Traffic(this, session);
        this.published = SocketStatus.closed(id);
    }

    String id() {
        return id;
    }

    SocketConfig config() {
        return config;
    }

    Sockets sockets() {
        return sockets;
    }

    Traffic traffic() {
        return traffic;
    }

    boolean isOpen() {
        return state == SocketState.OPEN;
    }

    SocketStatus status() {
        return new SocketStatus(id, state, attempt, nextAttemptAt, lastCloseCode, lastCloseReason);
    }

    // ---------------------------------------------------------------- triggers from the app

    /** CONNECT: from any state, replacing an active socket. */
    void connect(SocketConfig newConfig) {
        if (handle != null) {
            giveUpSocket(1000, "replaced by a new connect", 1000, "replaced by a new connect");
        }
        cancelTimers();
        config = newConfig;
        traffic.configure(newConfig);
        attempt = 0;
        lostSinceConnect = false;
        openSocket();
    }

    /** CLOSE: the app's close. Nothing reconnects until the next connect. */
    void close(int code, String reason) {
        if (state == SocketState.CLOSED) {
            return;
        }
        cancelTimers();
        if (handle != null) {
            giveUpSocket(code, reason, code, reason);
        }
        state = SocketState.CLOSED;
        attempt = 0;
        nextAttemptAt = -1;
        publishStatus();
        sockets.logger().info("socket '" + id + "' closed by the app");
    }

    /** ONLINE: the browser is back online; a pending reconnect happens now. */
    void online() {
        if (state != SocketState.RECONNECTING) {
            return;
        }
        reconnectTimer.cancel();
        sockets.logger().info("socket '" + id + "': back online, attempt " + attempt + " now");
        openSocket();
    }

    // ---------------------------------------------------------------- the socket's life

    private void openSocket() {
        generation++;
        int socketGeneration = generation;
        state = SocketState.CONNECTING;
        nextAttemptAt = -1;
        publishStatus();
        try {
            handle = sockets.transport().open(config.url(), config.protocols(), new Listener(socketGeneration));
        } catch (RuntimeException e) {
            // A URL the transport rejects stays invalid, so retrying would only repeat this.
            handle = null;
            state = SocketState.FAILED;
            lastCloseCode = ABNORMAL_CODE;
            lastCloseReason = "could not open " + config.url() + ": " + e.getMessage();
            publishStatus();
            sockets.report("socket '" + id + "' open", e);
            return;
        }
        connectTimer = scheduler().timeout(config.reconnect().connectTimeoutMillis(), () -> {
            if (socketGeneration == generation && state == SocketState.CONNECTING) {
                giveUpSocket(GAVE_UP_CODE, "connection timed out", ABNORMAL_CODE, "connection timed out");
                lost(ABNORMAL_CODE, "connection timed out");
            }
        });
    }

    private void opened() {
        connectTimer.cancel();
        state = SocketState.OPEN;
        publishStatus();
        sockets.dispatchFrom(config.onOpened(), new SocketOpened(id, handle.protocol(), lostSinceConnect));
        traffic.opened();

        int socketGeneration = generation;
        stableTimer = scheduler().timeout(config.reconnect().stableAfterMillis(), () -> {
            if (socketGeneration == generation && state == SocketState.OPEN && attempt != 0) {
                attempt = 0;
                publishStatus();
            }
        });
        if (config.heartbeat() != null) {
            schedulePing(socketGeneration);
        }
    }

    /**
     * Decides between RECONNECTING and FAILED once the current socket is gone, by the
     * close code and the attempts used.
     */
    private void lost(int code, String reason) {
        cancelTimers();
        handle = null;
        lastCloseCode = code;
        lastCloseReason = reason;
        lostSinceConnect = true;

        ReconnectPolicy policy = config.reconnect();
        if (policy.actionFor(code) == CloseAction.STOP || attempt >= policy.maxAttempts()) {
            state = SocketState.FAILED;
            nextAttemptAt = -1;
            publishStatus();
            sockets.logger().warn("socket '" + id + "' failed after close code " + code + " and " + attempt
                    + " attempt(s); dispatch SocketConnect to try again");
            return;
        }

        attempt++;
        double delay = policy.delayBefore(attempt, sockets.random());
        state = SocketState.RECONNECTING;
        nextAttemptAt = sockets.clock().now() + delay;
        publishStatus();
        sockets.logger().info("socket '" + id + "' lost with close code " + code + "; attempt " + attempt
                + " in " + (int) delay + " ms");
        reconnectTimer = scheduler().timeout(delay, this::openSocket);
    }

    /**
     * Closes the current socket from the client side and detaches it, reporting
     * {@code reportedCode} in the closed event.
     */
    private void giveUpSocket(int sentCode, String sentReason, int reportedCode, String reportedReason) {
        SocketHandle abandoned = handle;
        handle = null;
        generation++;
        try {
            abandoned.close(sentCode, sentReason);
        } catch (RuntimeException e) {
            sockets.logger().warn("socket '" + id + "': closing the old socket failed: " + e);
        }
        sockets.dispatchFrom(config.onClosed(), new SocketClosed(id, reportedCode, reportedReason, false, true));
    }

    // ---------------------------------------------------------------- heartbeat

    private void schedulePing(int socketGeneration) {
        Heartbeat heartbeat = config.heartbeat();
        pingTimer = scheduler().timeout(heartbeat.intervalMillis(), () -> {
            if (socketGeneration != generation || state != SocketState.OPEN) {
                return;
            }
            send(heartbeat.pingText());
            if (pongTimer == null) {
                pongTimer = scheduler().timeout(heartbeat.timeoutMillis(), () -> {
                    if (socketGeneration == generation && state == SocketState.OPEN) {
                        pongTimer = null;
                        giveUpSocket(GAVE_UP_CODE, "no pong in time", ABNORMAL_CODE, "no pong in time");
                        lost(ABNORMAL_CODE, "no pong in time");
                    }
                });
            }
            schedulePing(socketGeneration);
        });
    }

    /** Cancels the pong deadline, because a pong proved the socket alive. */
    void pong() {
        if (pongTimer != null) {
            pongTimer.cancel();
            pongTimer = null;
        }
    }

    // ---------------------------------------------------------------- sending

    /** Sends {@code frame} (a {@code String} or a {@code byte[]}) on the open socket. */
    void send(Object frame) {
        if (frame instanceof String) {
            handle.sendText((String) frame);
        } else {
            handle.sendBytes((byte[]) frame);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void cancelTimers() {
        connectTimer.cancel();
        reconnectTimer.cancel();
        stableTimer.cancel();
        pingTimer.cancel();
        if (pongTimer != null) {
            pongTimer.cancel();
            pongTimer = null;
        }
    }

    private Scheduler scheduler() {
        return sockets.scheduler();
    }

    /** Dispatches the status event if the status differs from the last one published. */
    private void publishStatus() {
        SocketStatus current = status();
        if (current.equals(published)) {
            return;
        }
        published = current;
        Function<SocketStatus, ?> factory = config.onStatus();
        sockets.dispatchFrom(factory, current);
    }

    /** Receives the callbacks of one socket and drops them once it is no longer current. */
    private final class Listener implements SocketListener {

        private final int socketGeneration;

        Listener(int socketGeneration) {
            this.socketGeneration = socketGeneration;
        }

        private boolean current(String what) {
            if (socketGeneration == generation) {
                return true;
            }
            sockets.logger().debug("socket '" + id + "': dropped " + what + " from a replaced socket");
            return false;
        }

        @Override
        public void onOpen() {
            if (current("open") && state == SocketState.CONNECTING) {
                opened();
            }
        }

        @Override
        public void onText(String text) {
            if (current("a text frame") && state == SocketState.OPEN) {
                traffic.receiveText(text);
            }
        }

        @Override
        public void onBytes(byte[] bytes) {
            if (current("a binary frame") && state == SocketState.OPEN) {
                traffic.receiveBytes(bytes);
            }
        }

        @Override
        public void onError(String message) {
            if (!current("an error")) {
                return;
            }
            if (config.onError() == null) {
                sockets.logger().warn("socket '" + id + "' error: " + message);
                return;
            }
            sockets.dispatchFrom(config.onError(), new SocketError(id, message));
        }

        @Override
        public void onClose(int code, String reason, boolean clean) {
            if (!current("a close")) {
                return;
            }
            // Retire this generation at once: nothing from this socket may follow.
            generation++;
            handle = null;
            sockets.dispatchFrom(config.onClosed(), new SocketClosed(id, code, reason, clean, false));
            lost(code, reason);
        }
    }
}
