package io.teaframe.demo.chat;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.chat.ChatEvents.AuthorTyped;
import io.teaframe.demo.chat.ChatEvents.Chat;
import io.teaframe.demo.chat.ChatEvents.ChatHistoryLoaded;
import io.teaframe.demo.chat.ChatEvents.ChatPushed;
import io.teaframe.demo.chat.ChatEvents.ChatRejected;
import io.teaframe.demo.chat.ChatEvents.CheckOutbox;
import io.teaframe.demo.chat.ChatEvents.DraftTyped;
import io.teaframe.demo.chat.ChatEvents.LoadChatHistory;
import io.teaframe.demo.chat.ChatEvents.SendChat;
import io.teaframe.demo.connection.LiveSocket;
import io.teaframe.demo.notifications.Notifications.Notify;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.http.HttpRequest;
import io.teaframe.interceptor.Coeffect;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.json.JsonBuilder;
import io.teaframe.socket.Sockets;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.StopTimer;
import java.util.List;

/**
 * Sends chat messages over the acknowledged socket and tracks their delivery.
 *
 * <p>The socket's outbox keeps every message until the server acknowledges it, re-sends
 * them in order after a reconnect, and the server stores each once. The panel reads the
 * outbox's size through a coeffect: of the messages sent so far, all but the last
 * {@code waiting} are acknowledged.
 */
public final class ChatHandlers {

    /** The number of messages of the live socket not yet acknowledged. */
    static final Coeffect<Integer> WAITING = Coeffect.named("live-socket-waiting");

    /** How often the outbox is read while messages wait for their acknowledgement. */
    static final double OUTBOX_CHECK_MILLIS = 250;

    private ChatHandlers() {
    }

    public static void register(Frame<App> frame, Sockets sockets) {
        frame.registerExtractor(Chat.class, (app, query) -> app.chat());
        frame.registerCoeffect(WAITING, (cofx, argument) -> sockets.waitingMessages(LiveSocket.ID));

        frame.onFx(LoadChatHistory.class, (cofx, event) -> Effects.of(HttpRequest
                .get(cofx.<App>state().api().url("/api/chat/messages"))
                .query("limit", 50)
                .id("chat-history")
                .onSuccess(response -> new ChatHistoryLoaded(response.json().list("messages", ChatMessage::fromJson)))
                .onFailure(failure -> new Notify("warning", "Could not load the chat history: " + failure.message()))
                .build()));
        frame.on(ChatHistoryLoaded.class, (app, event) -> app.withChat(app.chat().withMessages(event.messages())));
        frame.on(ChatPushed.class, (app, event) -> app.withChat(app.chat().withMessages(List.of(event.message()))));
        frame.onFx(ChatRejected.class, (cofx, event) -> Effects.of(new Dispatch(
                new Notify("warning", "The server rejected a message: " + event.message()))));
        frame.on(AuthorTyped.class, (app, event) -> app.withChat(app.chat().withAuthor(event.text())));
        frame.on(DraftTyped.class, (app, event) -> app.withChat(app.chat().withDraft(event.text())));

        frame.onFx(SendChat.class, (cofx, event) -> {
            App app = cofx.state();
            String text = app.chat().draft().strip();
            if (text.isEmpty()) {
                return Effects.none();
            }
            JsonBuilder message = JsonBuilder.object().put("type", "chat").put("text", text);
            String author = app.chat().author().strip();
            if (!author.isEmpty()) {
                message.put("author", author);
            }
            return Effects.state(app.withChat(app.chat().withSent(text)))
                    .and(LiveSocket.send(message.toJson()),
                            new StartInterval("chat-outbox", OUTBOX_CHECK_MILLIS, new CheckOutbox()));
        });
        frame.onFx(CheckOutbox.class, List.of(Interceptors.inject(WAITING)), (cofx, event) -> {
            App app = cofx.state();
            int waiting = cofx.get(WAITING);
            int acknowledged = Math.max(0, app.chat().sentCount() - waiting);
            Effects effects = acknowledged == app.chat().acknowledgedCount() ? Effects.none()
                    : Effects.state(app.withChat(app.chat().withAcknowledged(acknowledged)));
            return waiting == 0 ? effects.and(new StopTimer("chat-outbox")) : effects;
        });
    }
}
