package io.teaframe.demo.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The message panel.
 *
 * @param messages the stored messages, oldest first, each once
 * @param outgoing this tab's sent messages, oldest first, numbered from 1 in sending order
 * @param sentCount the number of messages handed to the socket
 * @param acknowledgedCount how many of them the server acknowledged; acknowledgements
 *     come in sending order, so these are the first {@code acknowledgedCount}
 * @param author the name in the author field
 * @param draft the text in the message field
 */
public record ChatState(List<ChatMessage> messages, List<Outgoing> outgoing, int sentCount, int acknowledgedCount,
        String author, String draft) {

    static final int MAX_MESSAGES = 100;

    /** A message this tab sent, numbered in sending order. */
    public record Outgoing(int number, String text) {
    }

    public static ChatState initial() {
        return new ChatState(List.of(), List.of(), 0, 0, "", "");
    }

    /** Returns this state with {@code more} merged into the messages by id, keeping the latest {@value #MAX_MESSAGES}. */
    public ChatState withMessages(List<ChatMessage> more) {
        List<ChatMessage> merged = new ArrayList<>(messages);
        for (ChatMessage message : more) {
            int at = merged.size();
            while (at > 0 && merged.get(at - 1).id() >= message.id()) {
                at--;
            }
            if (at < merged.size() && merged.get(at).id() == message.id()) {
                continue;
            }
            merged.add(at, message);
        }
        while (merged.size() > MAX_MESSAGES) {
            merged.remove(0);
        }
        return new ChatState(merged, outgoing, sentCount, acknowledgedCount, author, draft);
    }

    public ChatState withSent(String text) {
        List<Outgoing> more = new ArrayList<>(outgoing);
        more.add(new Outgoing(sentCount + 1, text));
        while (more.size() > MAX_MESSAGES) {
            more.remove(0);
        }
        return new ChatState(messages, more, sentCount + 1, acknowledgedCount, author, "");
    }

    /**
     * Returns how far {@code message} got: {@code acknowledged} once the server confirmed
     * it, {@code sent} while the socket is open, else {@code pending}.
     */
    public String delivery(Outgoing message, boolean socketOpen) {
        if (message.number() <= acknowledgedCount) {
            return "acknowledged";
        }
        return socketOpen ? "sent" : "pending";
    }

    public ChatState withAcknowledged(int count) {
        return new ChatState(messages, outgoing, sentCount, count, author, draft);
    }

    public ChatState withAuthor(String value) {
        return new ChatState(messages, outgoing, sentCount, acknowledgedCount, value, draft);
    }

    public ChatState withDraft(String value) {
        return new ChatState(messages, outgoing, sentCount, acknowledgedCount, author, value);
    }
}
