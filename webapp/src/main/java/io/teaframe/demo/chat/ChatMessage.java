package io.teaframe.demo.chat;

import io.teaframe.json.Json;

/** A chat message as the server stored it; {@code id} orders the messages. */
public record ChatMessage(int id, String author, String text, String sentAt) {

    public static ChatMessage fromJson(Json json) {
        return new ChatMessage(json.integer("id"), json.string("author"), json.string("text"),
                json.string("sentAt"));
    }
}
