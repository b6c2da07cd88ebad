package io.teaframe.socket;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.port.Cancellable;
import io.teaframe.port.Clock;
import io.teaframe.port.Connectivity;
import io.teaframe.port.Logger;
import io.teaframe.port.RandomSource;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The WebSocket effects of one frame. {@link #install} registers the handlers of
 * {@link SocketConnect}, {@link SocketSend}, {@link SocketSubscribe},
 * {@link SocketUnsubscribe}, {@link SocketRequest} and {@link SocketClose}, and keeps
 * the connections by id:
 *
 * <pre>{@code
 * Sockets sockets = Sockets.install(frame, new BrowserSocketTransport(), new BrowserConnectivity());
 * frame.onFx(Start.class, (cofx, e) -> Effects.none().and(new SocketConnect(chatConfig)));
 * frame.onFx(Say.class, (cofx, e) -> Effects.none().and(new SocketSend("chat", e.json())));
 * }</pre>
 *
 * <p>The effect handlers throw, so the event fails as any failing effect does, when a
 * send, subscribe or request names a connection that was never connected, when a message
 * cannot be encoded, and when a request is made without the envelope. Closing an unknown
 * connection does nothing.
 */
public final class Sockets {

    /** The maximum number of characters of an incoming frame quoted in an error report. */
    static final int QUOTE_LIMIT = 200;

    private final Frame<?> frame;
    private final SocketTransport transport;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Cancellable onlineListener;

    private Sockets(Frame<?> frame, SocketTransport transport, Connectivity connectivity) {
        this.frame = frame;
        this.transport = transport;
        this.onlineListener = connectivity.whenOnline(this::online);
    }

    /**
     * Registers the socket effects on {@code frame}, opening sockets through
     * {@code transport}, and reconnects at once when {@code connectivity} reports that
     * the browser is back online.
     */
    public static Sockets install(Frame<?> frame, SocketTransport transport, Connectivity connectivity) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(connectivity, "connectivity");
        Sockets sockets = new Sockets(frame, transport, connectivity);
        frame.registerEffect(SocketConnect.class, (effect, context) -> sockets.connect(effect.config()));
        frame.registerEffect(SocketSend.class, (effect, context) ->
                sockets.existing(effect.connectionId()).traffic().send(effect.message()));
        frame.registerEffect(SocketSubscribe.class, (effect, context) ->
                sockets.existing(effect.connectionId()).traffic().subscribe(effect.key(), effect.message()));
        frame.registerEffect(SocketUnsubscribe.class, (effect, context) ->
                sockets.existing(effect.connectionId()).traffic().unsubscribe(effect.key()));
        frame.registerEffect(SocketRequest.class, (effect, context) ->
                sockets.existing(effect.connectionId()).traffic().request(effect));
        frame.registerEffect(SocketClose.class, (effect, context) -> {
            Connection connection = sockets.connections.get(effect.connectionId());
            if (connection != null) {
                connection.close(effect.code(), effect.reason());
            }
        });
        return sockets;
    }

    /**
     * Returns the status of connection {@code connectionId}; a connection never
     * connected is {@link SocketState#CLOSED}.
     */
    public SocketStatus status(String connectionId) {
        Connection connection = connections.get(connectionId);
        return connection == null ? SocketStatus.closed(connectionId) : connection.status();
    }

    /**
     * Returns the number of messages of connection {@code connectionId} not delivered
     * yet: queued, plus sent and unacknowledged in acknowledged mode.
     */
    public int waitingMessages(String connectionId) {
        Connection connection = connections.get(connectionId);
        return connection == null ? 0 : connection.traffic().waiting();
    }

    /** Returns the ids of the connections ever connected, in no particular order. */
    public List<String> connectionIds() {
        return new ArrayList<>(connections.keySet());
    }

    /**
     * Closes every connection as {@link SocketClose} does and stops listening for the
     * browser going online. The effect handlers stay registered.
     */
    public void closeAll() {
        for (Connection connection : connections.values()) {
            connection.close(1000, "");
        }
        onlineListener.cancel();
    }

    // ---------------------------------------------------------------- for the connections

    private void connect(SocketConfig config) {
        Connection connection = connections.get(config.id());
        if (connection == null) {
            // The session survives closes and connects, so the server can keep
            // de-duplicating the messages it re-receives.
            connection = new Connection(this, config, random().uuid());
            connections.put(config.id(), connection);
        }
        connection.connect(config);
    }

    private Connection existing(String connectionId) {
        Connection connection = connections.get(connectionId);
        if (connection == null) {
            throw new IllegalStateException("no socket connection '" + connectionId
                    + "'; dispatch a SocketConnect with that id first");
        }
        return connection;
    }

    private void online() {
        for (Connection connection : connections.values()) {
            connection.online();
        }
    }

    SocketTransport transport() {
        return transport;
    }

    Scheduler scheduler() {
        return frame.platform().scheduler();
    }

    Clock clock() {
        return frame.platform().clock();
    }

    RandomSource random() {
        return frame.platform().random();
    }

    Logger logger() {
        return frame.logger();
    }

    void dispatch(Object event) {
        frame.dispatch(event);
    }

    /** Dispatches the event {@code factory} makes from {@code value}; no factory or a null event dispatches nothing. */
    <T> void dispatchFrom(Function<T, ?> factory, T value) {
        if (factory == null) {
            return;
        }
        Object event;
        try {
            event = factory.apply(value);
        } catch (RuntimeException e) {
            report("event factory for " + value, e);
            return;
        }
        if (event != null) {
            frame.dispatch(event);
        }
    }

    /** Reports a failure outside event handling, such as a message that did not decode. */
    void report(String source, Throwable cause) {
        frame.reportError(new FrameError(Phase.MESSAGE, null, null, source, cause));
    }

    /** Returns {@code text} cut to {@link #QUOTE_LIMIT} characters for an error report. */
    static String shorten(String text) {
        if (text.length() <= QUOTE_LIMIT) {
            return text;
        }
        return text.substring(0, QUOTE_LIMIT) + "... (" + text.length() + " characters)";
    }
}
