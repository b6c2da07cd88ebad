package io.teaframe.e2e.app;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo server's REST API as the tests use it from the JVM: for the other user of a
 * concurrent edit, for resetting data and faults between tests, and for reading what
 * the server stored and counted.
 */
final class DemoApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    DemoApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    JsonObject getUser(long id) throws IOException, InterruptedException {
        return send("GET", "/api/users/" + id, null, 200).asObject();
    }

    /** Changes the name of user {@code id} as another client would, at its current version. */
    JsonObject rename(long id, String name) throws IOException, InterruptedException {
        JsonObject user = getUser(id);
        JsonObject body = new JsonObject()
                .add("name", name)
                .add("email", user.getString("email", ""))
                .add("role", user.getString("role", ""))
                .add("team", user.getString("team", ""))
                .add("active", user.getBoolean("active", true))
                .add("version", user.get("version"));
        return send("PUT", "/api/users/" + id, body.toString(), 200).asObject();
    }

    /** Returns the texts of the stored chat messages of {@code author}, oldest first. */
    List<String> chatTexts(String author) throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (JsonValue message : send("GET", "/api/chat/messages?limit=200", null, 200).asObject()
                .get("messages").asArray()) {
            if (author.equals(message.asObject().getString("author", null))) {
                texts.add(message.asObject().getString("text", null));
            }
        }
        return texts;
    }

    /** Returns the API requests the server received since the last {@link #resetRequests()}, as "METHOD path?query". */
    List<String> requests() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (JsonValue line : send("GET", "/api/admin/requests", null, 200).asObject().get("requests").asArray()) {
            lines.add(line.asString());
        }
        return lines;
    }

    void resetRequests() throws IOException, InterruptedException {
        send("POST", "/api/admin/requests/reset", null, 200);
    }

    void resetFaults() throws IOException, InterruptedException {
        send("POST", "/api/admin/faults/reset", null, 200);
    }

    void resetData() throws IOException, InterruptedException {
        send("POST", "/api/admin/data/reset", null, 200);
    }

    /** Drops every open socket of the server without a close frame, as the fault panel's button does. */
    void dropSockets() throws IOException, InterruptedException {
        send("POST", "/api/admin/faults/drop-sockets", null, 200);
    }

    void setFaults(String json) throws IOException, InterruptedException {
        send("PUT", "/api/admin/faults", json, 200);
    }

    private JsonValue send(String method, String path, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + " returned " + response.statusCode() + ", expected "
                    + expectedStatus + ": " + response.body());
        }
        return Json.parse(response.body());
    }
}
