package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;

/**
 * The messages the server pushes to every open socket when data changes, whichever tab
 * or client made the change. Each is the {@code body} of an unnumbered {@code msg}
 * frame, with its kind in the member {@code type}.
 */
final class Pushes {

    private final SocketHub hub;

    Pushes(SocketHub hub) {
        this.hub = hub;
    }

    /** Pushes {@code {"type":"user-updated","user":{...}}}. */
    void userUpdated(User user) {
        hub.broadcast(new JsonObject().add("type", "user-updated").add("user", user.toJson()));
    }

    /** Pushes {@code {"type":"user-deleted","id":N}}. */
    void userDeleted(long id) {
        hub.broadcast(new JsonObject().add("type", "user-deleted").add("id", id));
    }

    /** Pushes {@code {"type":"chat","message":{"id","author","text","sentAt"}}}. */
    void chat(ChatMessage message) {
        hub.broadcast(new JsonObject().add("type", "chat").add("message", message.toJson()));
    }

    /** Pushes {@code {"type":"faults-changed","faults":{...}}}. */
    void faultsChanged(FaultSettings settings) {
        hub.broadcast(new JsonObject().add("type", "faults-changed").add("faults", settings.toJson()));
    }

    /**
     * Pushes {@code {"type":"notification","level":L,"text":T}}: a line for people to read,
     * with level {@code info} or {@code warning}.
     */
    void notification(String level, String text) {
        hub.broadcast(new JsonObject().add("type", "notification").add("level", level).add("text", text));
    }
}
