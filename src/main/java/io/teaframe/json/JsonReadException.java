package io.teaframe.json;

/**
 * Thrown when a JSON value is read as a type it does not have, or a member that is not
 * there is read as a value. The message starts with the path, so a bad response from a
 * server names the field that was wrong, as in
 * {@code $.users[3].name: expected STRING, found NUMBER}.
 */
public final class JsonReadException extends RuntimeException {

    private final String path;

    public JsonReadException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    /** Returns the exception for a value of type {@code found} read as {@code expected}. */
    public static JsonReadException wrongType(String path, JsonType expected, JsonType found) {
        return new JsonReadException(path, "expected " + expected.name() + ", found " + found.name());
    }

    /** The path of the value, from {@code $} for the root. */
    public String path() {
        return path;
    }
}
