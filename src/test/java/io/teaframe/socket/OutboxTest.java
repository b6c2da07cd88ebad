package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final SocketFixture f = new SocketFixture();

    @Test
    void sendsWhileConnectingFlushInOrder() {
        f.run(new SocketConnect(f.text("chat").build()), new SocketSend("chat", "1"), new SocketSend("chat", "2"));
        f.run(new SocketSend("chat", "3"));
        assertEquals(3, f.sockets.waitingMessages("chat"));

        FakeSocket socket = f.server.last().accept();
        f.t.drain();

        assertEquals(List.of("1", "2", "3"), socket.receivedTexts());
        assertEquals(0, f.sockets.waitingMessages("chat"));
    }

    @Test
    void sendsWhileReconnectingFlushOnNextSocket() {
        FakeSocket first = f.connectAndAccept(f.text("chat").build());
        first.drop();
        f.t.drain();

        f.run(new SocketSend("chat", "while away"));
        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        f.t.drain();

        assertEquals(List.of(), first.receivedTexts());
        assertEquals(List.of("while away"), second.receivedTexts());
    }

    @Test
    void sendsAfterCloseWaitForNextConnect() {
        f.connectAndAccept(f.text("chat").build());
        f.run(new SocketClose("chat"), new SocketSend("chat", "later"));

        FakeSocket next = f.connectAndAccept(f.text("chat").build());

        assertEquals(List.of("later"), next.receivedTexts());
    }

    @Test
    void rejectNewestKeepsQueueAndReportsNewest() {
        f.run(new SocketConnect(f.text("chat").outbox(OutboxPolicy.rejectNewest(2)).build()),
                new SocketSend("chat", "1"), new SocketSend("chat", "2"), new SocketSend("chat", "3"));

        assertEquals(List.of(new OutboxOverflow("chat", "3", OverflowPolicy.REJECT_NEWEST)),
                f.events(OutboxOverflow.class));
        FakeSocket socket = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("1", "2"), socket.receivedTexts());
        f.t.assertNoErrors();
    }

    @Test
    void dropOldestMakesRoomAndReportsOldest() {
        f.run(new SocketConnect(f.text("chat").outbox(OutboxPolicy.dropOldest(2)).build()),
                new SocketSend("chat", "1"), new SocketSend("chat", "2"), new SocketSend("chat", "3"),
                new SocketSend("chat", "4"));

        assertEquals(List.of(new OutboxOverflow("chat", "1", OverflowPolicy.DROP_OLDEST),
                new OutboxOverflow("chat", "2", OverflowPolicy.DROP_OLDEST)), f.events(OutboxOverflow.class));
        FakeSocket socket = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("3", "4"), socket.receivedTexts());
    }

    @Test
    void overflowWithoutFactoryIsReported() {
        SocketConfig config = SocketConfig.builder("chat", "ws://127.0.0.1/chat", SocketFixture.Got::new)
                .outbox(OutboxPolicy.rejectNewest(1))
                .build();
        f.run(new SocketConnect(config), new SocketSend("chat", "kept"), new SocketSend("chat", "lost"));

        assertEquals(1, f.errors().size());
        assertEquals(Phase.MESSAGE, f.errors().get(0).phase());
        assertTrue(f.errors().get(0).cause().getMessage().contains("lost lost"));
    }

    @Test
    void jsonCodecRejectsInvalidJsonText() {
        f.run(new SocketConnect(f.json("chat").build()), new SocketSend("chat", "{oops"));

        assertEquals(1, f.errors().size());
        assertEquals(Phase.EFFECT, f.errors().get(0).phase());
        assertEquals(0, f.sockets.waitingMessages("chat"));
    }
}
