package io.teaframe.e2e.demo;

import java.nio.channels.ClosedChannelException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one Jetty WebSocket session to an {@link EnvelopeConnection} and registers it
 * with the {@link SocketHub}. Public because Jetty finds the listener methods through
 * method handles.
 */
public final class JettySocketEndpoint implements Session.Listener.AutoDemanding, FrameSink {

    private static final Logger LOG = LoggerFactory.getLogger(JettySocketEndpoint.class);
    private static final AtomicLong NEXT_NUMBER = new AtomicLong(1);

    private final SocketHub hub;
    private final EnvelopeConnection connection;
    private final long number = NEXT_NUMBER.getAndIncrement();
    private volatile Session session;
    private volatile String remote = "?";

    JettySocketEndpoint(SocketHub hub, EnvelopeHandler handler, BooleanSupplier stallPongs) {
        this.hub = hub;
        this.connection = new EnvelopeConnection(this, handler, stallPongs);
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        remote = String.valueOf(opened.getRemoteSocketAddress());
        hub.add(connection);
        connection.opened();
    }

    @Override
    public void onWebSocketText(String text) {
        connection.onText(text);
    }

    @Override
    public void onWebSocketClose(int code, String reason, Callback callback) {
        hub.remove(connection, code, reason);
        connection.closed();
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        if (cause instanceof ClosedChannelException || cause instanceof EofException) {
            // The peer went away without a close frame; the disconnect line below records it.
            LOG.debug("Socket {} closed abruptly: {}", describe(), cause.toString());
        } else {
            LOG.warn("Socket error on {}: {}", describe(), cause.toString());
        }
        hub.remove(connection, 1006, cause.getClass().getSimpleName());
    }

    @Override
    public void sendText(String text) {
        Session current = session;
        if (current != null && current.isOpen()) {
            current.sendText(text, Callback.from(() -> { }, failure ->
                    LOG.debug("Failed to send a frame to {}: {}", describe(), failure.toString())));
        }
    }

    @Override
    public void close(int code, String reason) {
        Session current = session;
        if (current != null) {
            current.close(code, reason, Callback.NOOP);
        }
    }

    @Override
    public void disconnect() {
        Session current = session;
        if (current != null) {
            current.disconnect();
        }
    }

    @Override
    public String describe() {
        return "socket #" + number + " from " + remote;
    }
}
