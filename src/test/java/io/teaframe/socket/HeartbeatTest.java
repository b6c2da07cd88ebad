package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private final SocketFixture f = new SocketFixture();

    private SocketConfig withHeartbeat() {
        return f.text("chat").heartbeat(new Heartbeat(10_000, 2_000)).build();
    }

    @Test
    void pingsAtTheIntervalWhileAnswered() {
        FakeSocket socket = f.connectAndAccept(withHeartbeat());

        for (int i = 0; i < 3; i++) {
            f.t.advance(10_000);
            socket.send(Heartbeat.PONG);
            f.t.drain();
        }
        f.t.advance(5_000);

        assertEquals(List.of(Heartbeat.PING, Heartbeat.PING, Heartbeat.PING), socket.receivedTexts());
        assertTrue(f.status("chat").isOpen());
        assertEquals(List.of(), f.messages(), "a pong reached the app as a message");
    }

    @Test
    void missingPongReconnects() {
        FakeSocket socket = f.connectAndAccept(withHeartbeat());

        f.t.advance(10_000);
        assertEquals(List.of(Heartbeat.PING), socket.receivedTexts());
        f.t.advance(1_999);
        assertTrue(f.status("chat").isOpen());
        f.t.advance(1);

        assertTrue(socket.closedByClient());
        assertEquals(4000, socket.clientCloseCode());
        assertEquals(List.of(new SocketClosed("chat", 1006, "no pong in time", false, true)),
                f.events(SocketClosed.class));
        assertEquals(SocketState.RECONNECTING, f.status("chat").state());

        socket.sendLate("from the dead socket");
        f.t.advance(1_000);
        assertEquals(2, f.server.opened());
        assertEquals(List.of(), f.messages());
    }

    @Test
    void heartbeatStopsWithTheSocket() {
        FakeSocket socket = f.connectAndAccept(withHeartbeat());

        f.run(new SocketClose("chat"));
        f.t.advance(60_000);

        assertEquals(List.of(), socket.receivedTexts());
        assertEquals(SocketState.CLOSED, f.status("chat").state());
    }

    @Test
    void serverPingGetsPong() {
        FakeSocket socket = f.connectAndAccept(withHeartbeat());

        socket.send(Heartbeat.PING);
        f.t.drain();

        assertEquals(List.of(Heartbeat.PONG), socket.receivedTexts());
        assertEquals(List.of(), f.messages());
    }

    @Test
    void customTextsInPlainMode() {
        SocketConfig config = f.text("chat").heartbeat(new Heartbeat(1_000, 500, "p", "P")).build();
        FakeSocket socket = f.connectAndAccept(config);

        f.t.advance(1_000);
        socket.send("P").send("hello");
        f.t.advance(600);

        assertEquals(List.of("p"), socket.receivedTexts());
        assertEquals(List.of("hello"), f.messages());
        assertFalse(socket.closedByClient());
    }

    @Test
    void envelopePongFrameCounts() {
        FakeSocket socket = f.connectAndAccept(f.json("chat").envelope().heartbeat(new Heartbeat(1_000, 500)).build());

        f.t.advance(1_000);
        socket.send("{ \"t\": \"pong\" }");
        f.t.advance(600);

        assertTrue(f.status("chat").isOpen());
        f.t.assertNoErrors();
    }
}
