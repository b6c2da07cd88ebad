package io.teaframe.e2e.demo;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import io.teaframe.e2e.server.DevServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@link DevServer} on a free port of 127.0.0.1 with empty site folders and the demo
 * database in a folder of the test's choice, plus JSON helpers over
 * {@link java.net.http.HttpClient}.
 */
final class DemoServerFixture implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DevServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private DemoServerFixture(DevServer server) {
        this.server = server;
    }

    /** Starts a server whose database lives in {@code folder}/db and whose site folders are empty. */
    static DemoServerFixture start(Path folder) throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
        return new DemoServerFixture(DevServer.start(0, site, scenarios, folder.resolve("db")));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Returns the URL of the demo socket, such as {@code ws://127.0.0.1:PORT/ws}. */
    URI socketUri() {
        return URI.create(server.baseUrl().replaceFirst("^http", "ws") + "ws");
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply put(String path, JsonValue body) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json"));
    }

    Reply putText(String path, String body) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    Reply post(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Stops the server; a failure to stop fails the test. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the demo server", e);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to stop the demo server", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path.replaceFirst("^/", ""))).timeout(TIMEOUT);
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Reply(response.statusCode(), response.body(), millis,
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** A response: status, body text and the time it took in milliseconds. */
    record Reply(int status, String body, long millis, String contentType) {

        JsonObject json() {
            return Json.parse(body).asObject();
        }

        /** Returns the {@code type} of the error object, for checks of typed errors. */
        String errorType() {
            return json().get("error").asObject().getString("type", null);
        }
    }
}
