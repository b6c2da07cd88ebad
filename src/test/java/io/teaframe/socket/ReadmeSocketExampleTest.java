package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.port.Connectivity;
import io.teaframe.testkit.FakeSocket;
import io.teaframe.testkit.FakeSocketTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WebSocket example of the README, run against the fake server. */
class ReadmeSocketExampleTest {

    record App(List<String> said, SocketStatus chatStatus) {
        App withSaid(String text) {
            List<String> copy = new ArrayList<>(said);
            copy.add(text);
            return new App(copy, chatStatus);
        }

        App withChatStatus(SocketStatus status) {
            return new App(said, status);
        }
    }

    record Start() {
    }

    record Said(String text) {
    }

    record Say(String text) {
    }

    record ChatStatusChanged(SocketStatus status) {
    }

    @Test
    void readmeExampleRuns() {
        TestFrame<App> t = TestFrame.create(new App(List.of(), SocketStatus.closed("chat")));
        FakeSocketTransport server = new FakeSocketTransport(t.time());
        Sockets sockets = Sockets.install(t.frame(), server, Connectivity.ALWAYS_ONLINE);

        SocketConfig chat = SocketConfig.builder("chat", "ws://127.0.0.1:8080/chat",
                        TypeFieldRouter.field("type").on("said", json -> new Said(json.string("text"))))
                .codec(SocketCodec.json(JvmJson.PARSER))
                .acknowledged()
                .heartbeat(new Heartbeat(25_000, 10_000))
                .onStatus(ChatStatusChanged::new)
                .build();
        t.frame().onFx(Start.class, (cofx, e) -> Effects.of(new SocketConnect(chat),
                new SocketSubscribe("chat", "room", "{\"join\":\"lobby\"}")));
        t.frame().onFx(Say.class, (cofx, e) ->
                Effects.of(new SocketSend("chat", "{\"type\":\"say\",\"text\":\"hi\"}")));
        t.frame().on(ChatStatusChanged.class, (state, e) -> state.withChatStatus(e.status()));
        t.frame().on(Said.class, (state, e) -> state.withSaid(e.text()));

        t.dispatchAndDrain(new Start());
        FakeSocket socket = server.last().accept();
        socket.send("{\"t\":\"msg\",\"body\":{\"type\":\"said\",\"text\":\"hello\"}}");
        t.drain();
        t.dispatchAndDrain(new Say("hi"));

        assertEquals(List.of("hello"), t.state().said());
        assertTrue(t.state().chatStatus().isOpen());
        assertEquals(sockets.status("chat"), t.state().chatStatus());
        List<String> sent = socket.receivedTexts();
        assertEquals(3, sent.size());
        assertTrue(sent.get(0).startsWith("{\"t\":\"hello\""));
        assertEquals("{\"t\":\"msg\",\"body\":{\"join\":\"lobby\"}}", sent.get(1));
        assertEquals("{\"t\":\"msg\",\"id\":1,\"body\":{\"type\":\"say\",\"text\":\"hi\"}}", sent.get(2));
        t.assertNoErrors();
    }
}
