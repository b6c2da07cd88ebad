package io.teaframe.demo.chat;

import io.teaframe.sub.Query;
import java.util.List;

/** The events and the query of the message panel. */
public final class ChatEvents {

    private ChatEvents() {
    }

    /** Loads the latest messages over HTTP, after each (re)connect, for those pushed while offline. */
    public record LoadChatHistory() {
    }

    public record ChatHistoryLoaded(List<ChatMessage> messages) {
    }

    /** The server pushed a stored message. */
    public record ChatPushed(ChatMessage message) {
    }

    /** The server rejected one of this tab's messages. */
    public record ChatRejected(String message) {
    }

    public record AuthorTyped(String text) {
    }

    public record DraftTyped(String text) {
    }

    /** Sends the draft; it waits in the socket's outbox while the connection is down. */
    public record SendChat() {
    }

    /** Reads how many sent messages still wait for their acknowledgement. */
    public record CheckOutbox() {
    }

    /** The message panel. */
    public record Chat() implements Query<ChatState> {
    }
}
