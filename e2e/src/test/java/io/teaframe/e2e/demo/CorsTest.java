package io.teaframe.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.teaframe.e2e.server.DevServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's CORS headers: none by default, and for the origins of
 * {@value DemoBackend#CORS_ORIGINS_PROPERTY} when it is set, so the built app can be
 * served from another static host.
 */
class CorsTest {

    private static final String STATIC_HOST = "http://127.0.0.1:5555";

    @TempDir
    Path folder;

    @Test
    void noHeadersByDefault() throws Exception {
        try (DevServer server = start()) {
            HttpResponse<String> response = get(server, STATIC_HOST);

            assertEquals(200, response.statusCode());
            assertNull(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        }
    }

    @Test
    void listedOriginIsAllowed() throws Exception {
        System.setProperty(DemoBackend.CORS_ORIGINS_PROPERTY, STATIC_HOST + ", http://127.0.0.1:5556");
        try (DevServer server = start()) {
            HttpResponse<String> allowed = get(server, STATIC_HOST);
            HttpResponse<String> other = get(server, "http://127.0.0.1:5557");

            assertEquals(200, allowed.statusCode());
            assertEquals(STATIC_HOST, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            System.clearProperty(DemoBackend.CORS_ORIGINS_PROPERTY);
        }
    }

    private DevServer start() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("site"));
        return DevServer.start(0, empty, empty, folder.resolve("db"));
    }

    private static HttpResponse<String> get(DevServer server, String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "api/users?size=1"))
                .header("Origin", origin)
                .timeout(Duration.ofSeconds(10))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
