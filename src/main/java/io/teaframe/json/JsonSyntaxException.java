package io.teaframe.json;

/** Thrown by a {@link JsonParser} when a text is not JSON. The message is the parser's. */
public final class JsonSyntaxException extends RuntimeException {

    public JsonSyntaxException(String message) {
        super(message);
    }
}
