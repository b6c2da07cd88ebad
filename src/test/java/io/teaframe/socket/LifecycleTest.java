package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final SocketFixture f = new SocketFixture();

    @Test
    void connectOpensAndReportsEachState() {
        f.run(new SocketConnect(f.text("chat").protocols("v2", "v1").build()));

        FakeSocket socket = f.server.last();
        assertEquals("ws://127.0.0.1/chat", socket.url());
        assertEquals(List.of("v2", "v1"), List.of(socket.protocols()));
        assertEquals(SocketState.CONNECTING, f.status("chat").state());

        socket.accept("v1");
        f.t.drain();

        assertEquals(List.of(SocketState.CONNECTING, SocketState.OPEN), f.states());
        assertEquals(List.of(new SocketOpened("chat", "v1", false)), f.events(SocketOpened.class));
        assertTrue(f.status("chat").isOpen());
        f.t.assertNoErrors();
    }

    @Test
    void unknownConnectionIsClosed() {
        assertEquals(SocketStatus.closed("nothing"), f.status("nothing"));
    }

    @Test
    void messagesRouteByFunction() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());

        socket.send("one").send("two");
        f.t.drain();

        assertEquals(List.of("one", "two"), f.messages());
    }

    @Test
    void messagesRouteByTypeField() {
        TypeFieldRouter router = TypeFieldRouter.field("type")
                .on("said", json -> new SocketFixture.Got("said " + json.string("text")))
                .on("left", json -> new SocketFixture.Got("left " + json.string("who")));
        FakeSocket socket = f.connectAndAccept(f.json("chat").build());
        f.run(new SocketConnect(SocketConfig.builder("typed", "ws://127.0.0.1/typed", router)
                .codec(f.json("x").build().codec()).build()));
        FakeSocket typed = f.server.last().accept();
        f.t.drain();

        typed.send("{\"type\":\"said\",\"text\":\"hi\"}").send("{\"type\":\"left\",\"who\":\"ann\"}");
        f.t.drain();

        assertEquals(List.of("said hi", "left ann"), f.messages());
        assertTrue(socket.isOpen());
        f.t.assertNoErrors();
    }

    @Test
    void malformedMessageReportsAndStaysUp() {
        FakeSocket socket = f.connectAndAccept(f.json("chat").build());

        socket.send("{not json").send("{\"ok\":1}");
        f.t.drain();

        assertEquals(1, f.errors().size());
        assertEquals(Phase.MESSAGE, f.errors().get(0).phase());
        assertTrue(f.errors().get(0).source().toString().contains("{not json"));
        assertEquals(List.of("{\"ok\":1}"), f.messages());
        assertTrue(f.status("chat").isOpen());
        assertFalse(socket.closedByClient());
    }

    @Test
    void unroutableTypeReportsAndStaysUp() {
        TypeFieldRouter router = TypeFieldRouter.field("type").on("said", json -> new SocketFixture.Got("said"));
        f.run(new SocketConnect(SocketConfig.builder("typed", "ws://127.0.0.1/typed", router)
                .codec(f.json("x").build().codec()).build()));
        FakeSocket socket = f.server.last().accept();
        f.t.drain();

        socket.send("{\"type\":\"shouted\"}").send("{\"kind\":\"said\"}").send("{\"type\":\"said\"}");
        f.t.drain();

        assertEquals(2, f.errors().size());
        assertTrue(f.errors().get(0).cause().getMessage().contains("'shouted'"));
        assertTrue(f.errors().get(1).cause().getMessage().contains("$.type"));
        assertEquals(List.of("said"), f.messages());
        assertTrue(f.status("typed").isOpen());
    }

    @Test
    void serverCloseDispatchesClosed() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());

        socket.close(1001, "restarting");
        f.t.drain();

        assertEquals(List.of(new SocketClosed("chat", 1001, "restarting", true, false)),
                f.events(SocketClosed.class));
        SocketStatus status = f.status("chat");
        assertEquals(SocketState.RECONNECTING, status.state());
        assertEquals(1001, status.lastCloseCode());
        assertEquals("restarting", status.lastCloseReason());
    }

    @Test
    void transportErrorDispatchesErrorThenClosed() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());

        socket.drop();
        f.t.drain();

        assertEquals(List.of(new SocketError("chat", "connection lost")), f.events(SocketError.class));
        assertEquals(List.of(new SocketClosed("chat", 1006, "", false, false)), f.events(SocketClosed.class));
    }

    @Test
    void appCloseClosesAndStaysClosed() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());

        f.run(new SocketClose("chat", 4001, "logged out"));
        f.t.advance(600_000);

        assertTrue(socket.closedByClient());
        assertEquals(4001, socket.clientCloseCode());
        assertEquals("logged out", socket.clientCloseReason());
        assertEquals(List.of(new SocketClosed("chat", 4001, "logged out", false, true)),
                f.events(SocketClosed.class));
        assertEquals(SocketState.CLOSED, f.status("chat").state());
        assertEquals(1, f.server.opened());
    }

    @Test
    void closeOfUnknownConnectionDoesNothing() {
        f.run(new SocketClose("nothing"));

        f.t.assertNoErrors();
        assertEquals(0, f.server.opened());
    }

    @Test
    void sendToUnknownConnectionFailsTheEvent() {
        f.run(new SocketSend("nothing", "hello"));

        assertEquals(1, f.errors().size());
        assertEquals(Phase.EFFECT, f.errors().get(0).phase());
        assertTrue(f.errors().get(0).cause().getMessage().contains("'nothing'"));
    }

    @Test
    void supersededSocketIsIgnored() {
        FakeSocket first = f.connectAndAccept(f.text("chat").build());

        f.run(new SocketConnect(f.text("chat").build()));
        FakeSocket second = f.server.last();
        first.sendLate("from the old socket");
        second.accept();
        f.t.drain();
        second.send("from the new socket");
        f.t.drain();

        assertTrue(first.closedByClient());
        assertEquals(List.of("from the new socket"), f.messages());
        assertEquals(new SocketClosed("chat", 1000, "replaced by a new connect", false, true),
                f.events(SocketClosed.class).get(0));
        assertTrue(f.status("chat").isOpen());
    }

    @Test
    void sendsWhileOpenGoOutAtOnce() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());

        f.run(new SocketSend("chat", "a"), new SocketSend("chat", "b"));

        assertEquals(List.of("a", "b"), socket.receivedTexts());
        assertEquals(0, f.sockets.waitingMessages("chat"));
    }

    @Test
    void binaryCodecCarriesBytes() {
        SocketConfig config = f.text("bin").codec(SocketCodec.binary()).build();
        FakeSocket socket = f.connectAndAccept(config);

        f.run(new SocketSend("bin", new byte[] {1, 2, 3}));
        socket.sendBytes(new byte[] {4, 5}).send("text to a binary codec");
        f.t.drain();

        assertEquals(1, socket.received().size());
        assertEquals(List.of(1, 2, 3), asInts((byte[]) socket.received().get(0)));
        assertEquals(List.of(4, 5), asInts((byte[]) f.messages().get(0)));
        assertEquals(1, f.errors().size());
        assertTrue(f.errors().get(0).cause().getMessage().contains("text frame"));
    }

    @Test
    void envelopeNeedsJsonCodec() {
        SocketConfig.Builder builder = f.text("chat").acknowledged();

        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("JSON codec"));
    }

    private static List<Integer> asInts(byte[] bytes) {
        Integer[] values = new Integer[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = (int) bytes[i];
        }
        return List.of(values);
    }
}
