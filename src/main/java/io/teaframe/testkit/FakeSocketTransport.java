package io.teaframe.testkit;

import io.teaframe.port.Scheduler;
import io.teaframe.socket.SocketListener;
import io.teaframe.socket.SocketTransport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A WebSocket transport for JVM tests in which the test plays the server. Each socket
 * the client opens appears as a {@link FakeSocket}, on which the test accepts or
 * refuses, sends frames, closes or drops the connection, and reads what the client sent.
 *
 * <p>As with a browser's WebSocket, the client hears of each of these in a later task
 * of the scheduler, so with a {@link TestFrame} the test calls {@code drain()} or
 * {@code advance(ms)} to let it happen:
 *
 * <pre>{@code
 * FakeSocketTransport server = new FakeSocketTransport(t.time());
 * Sockets.install(t.frame(), server, Connectivity.ALWAYS_ONLINE);
 * t.dispatchAndDrain(new Start());          // the app connects
 * server.last().accept();
 * server.last().send("{\"type\":\"hello\"}");
 * t.drain();                                // open and message reach the app
 * assertEquals(List.of("..."), server.last().receivedTexts());
 * }</pre>
 */
public final class FakeSocketTransport implements SocketTransport {

    private final Scheduler scheduler;
    private final List<FakeSocket> sockets = new ArrayList<>();

    /** Returns a transport that reports to the client through tasks of {@code scheduler}. */
    public FakeSocketTransport(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public FakeSocket.Handle open(String url, String[] protocols, SocketListener listener) {
        FakeSocket socket = new FakeSocket(scheduler, url, protocols, listener);
        sockets.add(socket);
        return socket.handle();
    }

    /** Returns every socket opened so far, oldest first. */
    public List<FakeSocket> sockets() {
        return Collections.unmodifiableList(sockets);
    }

    /** Returns the number of sockets opened so far. */
    public int opened() {
        return sockets.size();
    }

    /**
     * Returns the socket opened last.
     *
     * @throws AssertionError if none was opened
     */
    public FakeSocket last() {
        if (sockets.isEmpty()) {
            throw new AssertionError("the client has opened no socket");
        }
        return sockets.get(sockets.size() - 1);
    }
}
