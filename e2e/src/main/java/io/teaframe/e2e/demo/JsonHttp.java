package io.teaframe.e2e.demo;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Reads JSON request bodies and writes JSON responses for the demo API. */
final class JsonHttp {

    /** The largest request body accepted, in bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private JsonHttp() {
    }

    static void send(Response response, Callback callback, int status, JsonValue body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }

    static void sendNoContent(Response response, Callback callback) {
        response.setStatus(204);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, null, callback);
    }

    static void sendError(Response response, Callback callback, ApiException error) {
        send(response, callback, error.status(), error.toJson());
    }

    /**
     * Reads the request body as a JSON object.
     *
     * @throws ApiException 400 when the body is empty, not JSON or not an object, and 413
     *     when it is longer than {@link #MAX_BODY_BYTES}
     */
    static JsonObject readObject(Request request) throws IOException {
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "body-too-large",
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw ApiException.badRequest("invalid-json", "The request body is empty; send a JSON object");
        }
        JsonValue value;
        try {
            value = Json.parse(text);
        } catch (ParseException e) {
            throw ApiException.badRequest("invalid-json", "The request body is not valid JSON: " + e.getMessage());
        }
        if (!value.isObject()) {
            throw ApiException.badRequest("invalid-json", "The request body must be a JSON object");
        }
        return value.asObject();
    }
}
