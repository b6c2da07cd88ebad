package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;

/**
 * A request the API rejects, with the HTTP status and the typed JSON error body to send:
 * {@code {"error": {"status": 404, "type": "not-found", "message": "..."}}} plus any
 * members that {@link #with} added to the error object or {@link #withTopLevel} to the body.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final JsonObject details = new JsonObject();
    private final JsonObject topLevel = new JsonObject();

    public ApiException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    static ApiException badRequest(String type, String message) {
        return new ApiException(400, type, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    /** Adds a member to the error object. */
    ApiException with(String name, com.eclipsesource.json.JsonValue value) {
        details.add(name, value);
        return this;
    }

    /** Adds a member next to the error object, such as the current user of a version conflict. */
    ApiException withTopLevel(String name, com.eclipsesource.json.JsonValue value) {
        topLevel.add(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** Returns the response body. */
    public JsonObject toJson() {
        JsonObject error = new JsonObject()
                .add("status", status)
                .add("type", type)
                .add("message", getMessage());
        details.forEach(member -> error.add(member.getName(), member.getValue()));
        JsonObject body = new JsonObject().add("error", error);
        topLevel.forEach(member -> body.add(member.getName(), member.getValue()));
        return body;
    }
}
