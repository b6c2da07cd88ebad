package io.teaframe.demo.chat;

import static io.teaframe.demo.DemoHarness.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.demo.DemoHarness;
import io.teaframe.demo.chat.ChatEvents.AuthorTyped;
import io.teaframe.demo.chat.ChatEvents.DraftTyped;
import io.teaframe.demo.chat.ChatEvents.SendChat;
import io.teaframe.demo.chat.ChatState.Outgoing;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.socket.SocketState;
import io.teaframe.testkit.FakeSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTest {

    private final DemoHarness app = new DemoHarness();

    @Test
    void messageWaitsWhileConnecting() {
        app.dispatch(new Connect());

        send("hello");

        assertEquals(List.of("pending"), deliveries());
        assertEquals("", app.state().chat().draft());
        app.advance(1_000);
        assertEquals(List.of("pending"), deliveries());
    }

    @Test
    void messageGoesFromPendingToAcknowledged() {
        app.dispatch(new Connect()).dispatch(new AuthorTyped("tester"));
        send("hello");
        assertEquals(List.of("pending"), deliveries());

        FakeSocket socket = app.acceptSocket();

        assertEquals(List.of("sent"), deliveries());
        String frame = lastFrame(socket);
        assertTrue(frame.startsWith("{\"t\":\"msg\",\"id\":1,"), frame);
        assertTrue(frame.contains("\"text\":\"hello\""), frame);
        assertTrue(frame.contains("\"author\":\"tester\""), frame);

        socket.send("{\"t\":\"ack\",\"id\":1}");
        app.advance(ChatHandlers.OUTBOX_CHECK_MILLIS);

        assertEquals(List.of("acknowledged"), deliveries());
        app.assertNoErrors();
    }

    @Test
    void messageSentWhileDroppedIsResentAfterReconnect() {
        app.dispatch(new Connect());
        FakeSocket first = app.acceptSocket();
        first.drop();
        app.test.drain();
        assertEquals(SocketState.RECONNECTING, app.state().connection().state());

        send("while down");
        assertEquals(List.of("pending"), deliveries());

        app.advance(app.state().connection().nextAttemptAt() - app.test.time().now());
        FakeSocket second = app.acceptSocket();
        assertTrue(lastFrame(second).contains("\"text\":\"while down\""), lastFrame(second));
        assertEquals(List.of("sent"), deliveries());
        second.send("{\"t\":\"ack\",\"id\":1}");
        app.advance(ChatHandlers.OUTBOX_CHECK_MILLIS);

        assertEquals(List.of("acknowledged"), deliveries());
    }

    @Test
    void blankDraftSendsNothing() {
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();
        int frames = socket.receivedTexts().size();

        send("   ");

        assertEquals(List.of(), app.state().chat().outgoing());
        assertEquals(frames, socket.receivedTexts().size());
    }

    @Test
    void pushedMessagesMergeById() {
        app.dispatch(new Connect());
        FakeSocket socket = app.acceptSocket();

        socket.send(push(chat(2, "second")));
        socket.send(push(chat(1, "first")));
        socket.send(push(chat(2, "second")));
        app.test.drain();

        List<ChatMessage> messages = app.state().chat().messages();
        assertEquals(2, messages.size(), "messages: " + messages);
        assertEquals("first", messages.get(0).text());
        assertEquals("second", messages.get(1).text());
    }

    private void send(String text) {
        app.dispatch(new DraftTyped(text)).dispatch(new SendChat());
    }

    /** Returns the delivery state the panel shows for each sent message, oldest first. */
    private List<String> deliveries() {
        ChatState chat = app.state().chat();
        boolean open = app.state().connection().state() == SocketState.OPEN;
        return chat.outgoing().stream().map((Outgoing message) -> chat.delivery(message, open)).toList();
    }

    private static String lastFrame(FakeSocket socket) {
        List<String> frames = socket.receivedTexts();
        return frames.get(frames.size() - 1);
    }

    private static String chat(int id, String text) {
        return "{\"type\":\"chat\",\"message\":{\"id\":" + id + ",\"author\":\"someone\",\"text\":\"" + text
                + "\",\"sentAt\":\"2024-01-01T10:00:00Z\"}}";
    }
}
