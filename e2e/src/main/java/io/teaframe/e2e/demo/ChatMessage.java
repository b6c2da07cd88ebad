package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;
import java.time.Instant;

/**
 * A stored chat message.
 *
 * @param id the database id, in the order the server stored the messages
 */
record ChatMessage(long id, String author, String text, Instant sentAt) {

    JsonObject toJson() {
        return new JsonObject()
                .add("id", id)
                .add("author", author)
                .add("text", text)
                .add("sentAt", sentAt.toString());
    }
}
