package io.teaframe.socket;

import io.teaframe.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Routes JSON messages by the string value of one field, for servers that send
 * {@code {"type": "chat", ...}}:
 *
 * <pre>{@code
 * TypeFieldRouter.field("type")
 *         .on("chat", json -> new ChatReceived(json.string("text")))
 *         .on("presence", json -> new PresenceChanged(json.list("users", Json::asString)));
 * }</pre>
 *
 * A message whose type has no route, or that has no such field, throws an
 * {@link IllegalArgumentException} naming the type, so it is reported to the frame's
 * error handler. Registering a type again replaces its route.
 */
public final class TypeFieldRouter implements MessageRouter {

    private final String field;
    private final Map<String, Function<? super Json, ?>> routes = new HashMap<>();

    private TypeFieldRouter(String field) {
        this.field = field;
    }

    /** Returns a router with no routes that reads the type from {@code field}. */
    public static TypeFieldRouter field(String field) {
        return new TypeFieldRouter(Objects.requireNonNull(field, "field"));
    }

    /** Adds the route for messages whose type is {@code type}; returns this router. */
    public TypeFieldRouter on(String type, Function<? super Json, ?> toEvent) {
        routes.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(toEvent, "toEvent"));
        return this;
    }

    @Override
    public Object route(Object message) {
        if (!(message instanceof Json)) {
            throw new IllegalArgumentException("a type-field router needs the JSON codec; received a "
                    + message.getClass().getName());
        }
        Json json = (Json) message;
        String type = json.string(field);
        Function<? super Json, ?> route = routes.get(type);
        if (route == null) {
            throw new IllegalArgumentException("no route for message type '" + type + "' in field '" + field + "'");
        }
        return route.apply(json);
    }
}
