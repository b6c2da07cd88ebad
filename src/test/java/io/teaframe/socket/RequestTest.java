package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.Phase;
import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTest {

    private final SocketFixture f = new SocketFixture();

    private SocketRequest request(String body, String name) {
        return new SocketRequest("rpc", body, 1_000, json -> new SocketFixture.Answered(json.toJson()),
                new SocketFixture.TimedOut(name));
    }

    @Test
    void responseFindsItsRequestByCorrelationId() {
        FakeSocket socket = f.connectAndAccept(f.json("rpc").envelope().build());

        f.run(request("{\"q\":\"a\"}", "a"), request("{\"q\":\"b\"}", "b"));
        assertEquals(List.of("{\"t\":\"req\",\"cid\":1,\"body\":{\"q\":\"a\"}}",
                "{\"t\":\"req\",\"cid\":2,\"body\":{\"q\":\"b\"}}"), socket.receivedTexts());

        socket.send("{\"t\":\"res\",\"cid\":2,\"body\":\"B\"}").send("{\"t\":\"res\",\"cid\":1,\"body\":\"A\"}");
        f.t.drain();

        assertEquals(List.of(new SocketFixture.Answered("\"B\""), new SocketFixture.Answered("\"A\"")),
                f.events(SocketFixture.Answered.class));
        f.t.advance(5_000);
        assertEquals(List.of(), f.events(SocketFixture.TimedOut.class));
    }

    @Test
    void noResponseTimesOutAndLateOneIsDropped() {
        FakeSocket socket = f.connectAndAccept(f.json("rpc").envelope().build());
        f.run(request("1", "slow"));

        f.t.advance(999);
        assertEquals(List.of(), f.events(SocketFixture.TimedOut.class));
        f.t.advance(1);
        assertEquals(List.of(new SocketFixture.TimedOut("slow")), f.events(SocketFixture.TimedOut.class));

        socket.send("{\"t\":\"res\",\"cid\":1,\"body\":\"late\"}");
        f.t.drain();
        assertEquals(List.of(), f.events(SocketFixture.Answered.class));
        f.t.assertNoErrors();
    }

    @Test
    void queuedRequestTimesOutUnsent() {
        f.run(new SocketConnect(f.json("rpc").envelope().build()), request("1", "queued"));

        f.t.advance(1_000);
        assertEquals(List.of(new SocketFixture.TimedOut("queued")), f.events(SocketFixture.TimedOut.class));
        FakeSocket socket = f.server.last().accept();
        f.t.drain();

        assertEquals(List.of(), socket.receivedTexts());
        assertEquals(0, f.sockets.waitingMessages("rpc"));
    }

    @Test
    void queuedRequestIsSentOnOpen() {
        f.run(new SocketConnect(f.json("rpc").envelope().build()), request("1", "queued"));
        FakeSocket socket = f.server.last().accept();
        f.t.drain();

        socket.send("{\"t\":\"res\",\"cid\":1,\"body\":2}");
        f.t.drain();

        assertEquals(List.of("{\"t\":\"req\",\"cid\":1,\"body\":1}"), socket.receivedTexts());
        assertEquals(List.of(new SocketFixture.Answered("2")), f.events(SocketFixture.Answered.class));
    }

    @Test
    void requestWithoutEnvelopeFailsTheEvent() {
        f.connectAndAccept(f.json("rpc").build());

        f.run(request("1", "plain"));

        assertEquals(1, f.errors().size());
        assertEquals(Phase.EFFECT, f.errors().get(0).phase());
        assertTrue(f.errors().get(0).cause().getMessage().contains("envelope"));
    }
}
