package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgedTest {

    private final SocketFixture f = new SocketFixture();

    private SocketConfig acknowledged() {
        return f.json("chat").acknowledged().build();
    }

    private String hello() {
        FakeSocket socket = f.server.last();
        return socket.receivedTexts().get(0);
    }

    @Test
    void messagesAreNumberedAfterHello() {
        FakeSocket socket = f.connectAndAccept(acknowledged());

        f.run(new SocketSend("chat", "{\"n\":1}"), new SocketSend("chat", "{\"n\":2}"));

        List<String> frames = socket.receivedTexts();
        assertTrue(frames.get(0).startsWith("{\"t\":\"hello\",\"session\":\""), frames.get(0));
        assertEquals(List.of("{\"t\":\"msg\",\"id\":1,\"body\":{\"n\":1}}", "{\"t\":\"msg\",\"id\":2,\"body\":{\"n\":2}}"),
                frames.subList(1, 3));
        assertEquals(2, f.sockets.waitingMessages("chat"));
    }

    @Test
    void unacknowledgedAreResentInOrderAfterReconnect() {
        FakeSocket first = f.connectAndAccept(acknowledged());
        String firstHello = hello();
        f.run(new SocketSend("chat", "1"), new SocketSend("chat", "2"), new SocketSend("chat", "3"));
        first.send("{\"t\":\"ack\",\"id\":1}");
        f.t.drain();
        first.drop();
        f.t.drain();
        f.run(new SocketSubscribe("chat", "room", "{\"join\":\"lobby\"}"), new SocketSend("chat", "4"));

        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        f.t.drain();

        assertEquals(List.of(firstHello,
                "{\"t\":\"msg\",\"body\":{\"join\":\"lobby\"}}",
                "{\"t\":\"msg\",\"id\":2,\"body\":2}",
                "{\"t\":\"msg\",\"id\":3,\"body\":3}",
                "{\"t\":\"msg\",\"id\":4,\"body\":4}"), second.receivedTexts());
    }

    @Test
    void cumulativeAckForgetsEverythingUpToIt() {
        FakeSocket first = f.connectAndAccept(acknowledged());
        f.run(new SocketSend("chat", "1"), new SocketSend("chat", "2"), new SocketSend("chat", "3"));

        first.send("{\"t\":\"ack\",\"id\":2}");
        f.t.drain();
        assertEquals(1, f.sockets.waitingMessages("chat"));

        first.drop();
        f.t.drain();
        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("{\"t\":\"msg\",\"id\":3,\"body\":3}"), second.receivedTexts().subList(1, 2));
        assertEquals(2, second.receivedTexts().size());
    }

    @Test
    void incomingAreAcknowledgedAndDeliveredOnce() {
        FakeSocket first = f.connectAndAccept(acknowledged());
        first.send("{\"t\":\"hello\",\"session\":\"server-1\"}")
                .send("{\"t\":\"msg\",\"id\":1,\"body\":\"a\"}")
                .send("{\"t\":\"msg\",\"id\":2,\"body\":\"b\"}");
        f.t.drain();
        first.drop();
        f.t.drain();

        // The server did not see the acks and sends both again, then a new one.
        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        second.send("{\"t\":\"hello\",\"session\":\"server-1\"}")
                .send("{\"t\":\"msg\",\"id\":1,\"body\":\"a\"}")
                .send("{\"t\":\"msg\",\"id\":2,\"body\":\"b\"}")
                .send("{\"t\":\"msg\",\"id\":3,\"body\":\"c\"}");
        f.t.drain();

        assertEquals(List.of("\"a\"", "\"b\"", "\"c\""), f.messages());
        assertEquals(List.of("{\"t\":\"ack\",\"id\":1}", "{\"t\":\"ack\",\"id\":2}"),
                first.receivedTexts().subList(1, 3));
        assertEquals(List.of("{\"t\":\"ack\",\"id\":1}", "{\"t\":\"ack\",\"id\":2}", "{\"t\":\"ack\",\"id\":3}"),
                second.receivedTexts().subList(1, 4));
    }

    @Test
    void newServerSessionNumbersFromOneAgain() {
        FakeSocket first = f.connectAndAccept(acknowledged());
        first.send("{\"t\":\"hello\",\"session\":\"server-1\"}").send("{\"t\":\"msg\",\"id\":1,\"body\":\"a\"}");
        f.t.drain();
        first.drop();
        f.t.drain();

        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        second.send("{\"t\":\"hello\",\"session\":\"server-2\"}").send("{\"t\":\"msg\",\"id\":1,\"body\":\"x\"}");
        f.t.drain();

        assertEquals(List.of("\"a\"", "\"x\""), f.messages());
    }

    @Test
    void sessionSurvivesCloseAndConnect() {
        f.connectAndAccept(acknowledged());
        String firstHello = hello();
        f.run(new SocketSend("chat", "1"), new SocketClose("chat"));

        FakeSocket next = f.connectAndAccept(acknowledged());

        assertEquals(List.of(firstHello, "{\"t\":\"msg\",\"id\":1,\"body\":1}"), next.receivedTexts());
    }

    @Test
    void unacknowledgedCountTowardsTheBound() {
        SocketConfig config = f.json("chat").acknowledged().outbox(OutboxPolicy.dropOldest(2)).build();
        FakeSocket socket = f.connectAndAccept(config);

        f.run(new SocketSend("chat", "1"), new SocketSend("chat", "2"), new SocketSend("chat", "3"));

        assertEquals(1, f.events(OutboxOverflow.class).size());
        assertEquals("1", f.events(OutboxOverflow.class).get(0).message());
        socket.drop();
        f.t.drain();
        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("{\"t\":\"msg\",\"id\":2,\"body\":2}", "{\"t\":\"msg\",\"id\":3,\"body\":3}"),
                second.receivedTexts().subList(1, 3));
    }

    @Test
    void unknownFrameTypeIsReported() {
        FakeSocket socket = f.connectAndAccept(acknowledged());

        socket.send("{\"t\":\"shout\"}").send("{\"t\":\"msg\"}").send("{\"t\":\"msg\",\"body\":1}");
        f.t.drain();

        assertEquals(2, f.errors().size());
        assertEquals(List.of("1"), f.messages());
        assertTrue(f.status("chat").isOpen());
    }
}
