package io.teaframe.e2e.server;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints that the HTTP browser scenarios call, served at {@code /test-api/} of
 * {@link DevServer}'s page origin. Each endpoint produces one situation that a transport must handle:
 *
 * <ul>
 *   <li>{@code info}: the other URLs the scenarios need, as JSON ({@code crossOrigin},
 *       the root of the second connector, and {@code closedPort}, a URL whose port
 *       nothing listens on).
 *   <li>{@code echo}: the request as JSON (method, URL, query, headers, body; the form
 *       fields of a URL-encoded body and the parts of a multipart body).
 *   <li>{@code slow-headers?delay=MS}: waits, then sends a JSON body.
 *   <li>{@code stalled-body?stall=MS}: sends the headers and 16 of 1,000 announced bytes,
 *       waits, then breaks the connection.
 *   <li>{@code status/CODE}: an empty response with that status, such as 204 or 205.
 *   <li>{@code html-error/CODE}: an HTML error page with that status, such as 502 or 503.
 *   <li>{@code retry-after?token=T&form=seconds|date}: the first request of a token gets
 *       503 with {@code Retry-After} (1 second, as seconds or as an HTTP date), the next
 *       ones 200 with the attempt number.
 *   <li>{@code invalid-json}: status 200, type {@code application/json}, a cut-off text.
 *   <li>{@code large-json?bytes=N}: a JSON object {@code {"users": [...]}} of at least N
 *       bytes, 4 MiB by default.
 *   <li>{@code bytes?size=N}: N bytes of type {@code application/octet-stream}, byte i
 *       being {@code i % 256}.
 *   <li>{@code cookie/set?value=V} sets the cookie {@code teaframe-test}, and
 *       {@code cookie/echo} returns the {@code Cookie} header it received.
 *   <li>{@code counted?key=K[&delay=MS][&status=CODE]} counts a hit for K, waits, then
 *       returns {@code {"key":K,"hits":N}}, or the HTML error page of {@code html-error}
 *       when CODE is 400 or more. {@code hits?key=K} returns the count without adding to it.
 *   <li>{@code watched-body?token=T&stall=MS} starts like {@code stalled-body}, then
 *       writes one more byte every 100 ms as a probe, until a write fails because the
 *       client closed the connection or the stall ends. {@code watched-body/status?token=T}
 *       returns {@code {"state":"open"|"closed"|"unknown","closedAfterMillis":MS}}.
 * </ul>
 *
 * <p>{@link CrossOrigin} serves the second connector: {@code /test-api/cors/denied}
 * answers without {@code Access-Control-Allow-Origin}, {@code /test-api/cors/allowed}
 * allows the page origin and the {@code Authorization} header, and returns that header
 * as it arrived.
 */
final class TestApi extends Handler.Abstract {

    /** The name of the cookie of {@code cookie/set}. */
    static final String COOKIE_NAME = "teaframe-test";

    private static final Logger LOG = LoggerFactory.getLogger(TestApi.class);
    private static final int STALLED_BODY_LENGTH = 1000;
    private static final int STALLED_BODY_SENT = 16;
    private static final int DEFAULT_LARGE_JSON_BYTES = 4 * 1024 * 1024;
    private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    /** The IMF-fixdate form of RFC 9110, such as {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final DevServer server;

    /** Requests seen per token of {@code retry-after}. */
    private final Map<String, Integer> retryAttempts = new ConcurrentHashMap<>();

    /** Requests seen per key of {@code counted}. */
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    /** The state of each {@code watched-body} response by token, as {@code watched-body/status} returns it. */
    private final Map<String, JsonObject> watchedBodies = new ConcurrentHashMap<>();

    TestApi(DevServer server) {
        this.server = server;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        Map<String, String> query = firstValues(request.getHttpURI().getQuery());
        switch (path) {
            case "/info" -> sendJson(response, callback, 200, new JsonObject()
                    .add("crossOrigin", server.crossOriginUrl())
                    .add("closedPort", server.closedPortUrl()));
            case "/echo" -> sendJson(response, callback, 200, echo(request));
            case "/slow-headers" -> {
                Thread.sleep(intParameter(query, "delay", 500));
                sendJson(response, callback, 200, new JsonObject().add("slow", true));
            }
            case "/stalled-body" -> stallBody(response, callback, intParameter(query, "stall", 30_000));
            case "/invalid-json" -> send(response, callback, 200, "application/json", "{\"users\": [1, 2,");
            case "/large-json" -> send(response, callback, 200, "application/json",
                    largeJson(intParameter(query, "bytes", DEFAULT_LARGE_JSON_BYTES)));
            case "/bytes" -> sendBytes(response, callback, intParameter(query, "size", 256));
            case "/retry-after" -> retryAfter(response, callback, query);
            case "/cookie/set" -> {
                response.getHeaders().add(HttpHeader.SET_COOKIE,
                        COOKIE_NAME + "=" + query.getOrDefault("value", "1") + "; Path=/test-api; SameSite=Strict");
                sendJson(response, callback, 200, new JsonObject().add("set", true));
            }
            case "/cookie/echo" -> {
                String cookie = request.getHeaders().get(HttpHeader.COOKIE);
                sendJson(response, callback, 200, new JsonObject().add("cookie", cookie == null ? "" : cookie));
            }
            case "/counted" -> counted(response, callback, query);
            case "/hits" -> sendJson(response, callback, 200,
                    new JsonObject().add("hits", hits.getOrDefault(query.getOrDefault("key", ""), 0)));
            case "/watched-body" -> watchBody(response, callback, query);
            case "/watched-body/status" -> sendJson(response, callback, 200,
                    watchedBodies.getOrDefault(query.getOrDefault("token", ""), new JsonObject().add("state", "unknown")));
            default -> {
                if (path.startsWith("/status/")) {
                    response.setStatus(Integer.parseInt(path.substring("/status/".length())));
                    callback.succeeded();
                } else if (path.startsWith("/html-error/")) {
                    sendErrorPage(response, callback, Integer.parseInt(path.substring("/html-error/".length())));
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static void sendErrorPage(Response response, Callback callback, int status) {
        send(response, callback, status, "text/html;charset=utf-8",
                "<!DOCTYPE html><html><head><title>" + status + "</title></head><body><h1>Error "
                        + status + "</h1><p>The test server answered " + status + " on purpose.</p></body></html>");
    }

    private void counted(Response response, Callback callback, Map<String, String> query) throws Exception {
        String key = query.getOrDefault("key", "");
        int count = hits.merge(key, 1, Integer::sum);
        Thread.sleep(intParameter(query, "delay", 0));
        int status = intParameter(query, "status", 200);
        if (status >= 400) {
            sendErrorPage(response, callback, status);
        } else {
            sendJson(response, callback, status, new JsonObject().add("key", key).add("hits", count));
        }
    }

    private void watchBody(Response response, Callback callback, Map<String, String> query) throws Exception {
        String token = query.getOrDefault("token", "");
        int stallMillis = intParameter(query, "stall", 5_000);
        watchedBodies.put(token, new JsonObject().add("state", "open"));
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(STALLED_BODY_LENGTH));
        long start = System.nanoTime();
        try {
            write(response, "x".repeat(STALLED_BODY_SENT));
            // At most 100 probes of one byte, so the body never reaches its announced length.
            for (int probe = 0; probe < 100 && (System.nanoTime() - start) / 1_000_000 < stallMillis; probe++) {
                Thread.sleep(100);
                write(response, "x");
            }
        } catch (IOException e) {
            long closedAfter = (System.nanoTime() - start) / 1_000_000;
            LOG.debug("watched-body {}: the client closed the connection after {} ms", token, closedAfter);
            watchedBodies.put(token, new JsonObject().add("state", "closed").add("closedAfterMillis", closedAfter));
            callback.failed(e);
            return;
        }
        callback.failed(new IOException("watched body cut off on purpose after " + stallMillis + " ms"));
    }

    private static void write(Response response, String text) throws IOException {
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            written.block();
        }
    }

    private static JsonObject echo(Request request) throws IOException {
        JsonArray headers = new JsonArray();
        for (HttpField field : request.getHeaders()) {
            headers.add(new JsonArray().add(field.getLowerCaseName()).add(field.getValue()));
        }
        byte[] body = Request.asInputStream(request).readNBytes(MAX_BODY_BYTES);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String rawQuery = request.getHttpURI().getQuery();

        JsonObject echo = new JsonObject()
                .add("method", request.getMethod())
                .add("url", request.getHttpURI().asString())
                .add("path", request.getHttpURI().getPath())
                .add("query", rawQuery == null ? "" : rawQuery)
                .add("queryParams", pairs(rawQuery))
                .add("headers", headers)
                .add("contentType", contentType == null ? "" : contentType)
                .add("bodyLength", body.length)
                .add("body", new String(body, StandardCharsets.UTF_8))
                .add("bodyBase64", Base64.getEncoder().encodeToString(body));
        String essence = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (essence.equals("application/x-www-form-urlencoded")) {
            echo.add("formFields", pairs(new String(body, StandardCharsets.UTF_8)));
        }
        if (essence.equals("multipart/form-data")) {
            echo.add("parts", multipartParts(request, contentType, body));
        }
        return echo;
    }

    private static JsonArray multipartParts(Request request, String contentType, byte[] body) {
        MultiPartConfig config = new MultiPartConfig.Builder()
                .maxSize(MAX_BODY_BYTES)
                .maxPartSize(MAX_BODY_BYTES)
                .maxMemoryPartSize(MAX_BODY_BYTES)
                .build();
        JsonArray parts = new JsonArray();
        try (MultiPartFormData.Parts parsed = MultiPartFormData.getParts(
                new ByteBufferContentSource(ByteBuffer.wrap(body)), request, contentType, config)) {
            for (MultiPart.Part part : parsed) {
                byte[] bytes = part.getContentAsString(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
                String partType = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
                JsonObject item = new JsonObject()
                        .add("name", part.getName())
                        .add("fileName", part.getFileName() == null ? "" : part.getFileName())
                        .add("contentType", partType == null ? "" : partType)
                        .add("size", bytes.length)
                        .add("value", new String(bytes, StandardCharsets.UTF_8))
                        .add("base64", Base64.getEncoder().encodeToString(bytes));
                parts.add(item);
            }
        }
        return parts;
    }

    private static void stallBody(Response response, Callback callback, int stallMillis) throws Exception {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(STALLED_BODY_LENGTH));
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap("x".repeat(STALLED_BODY_SENT).getBytes(StandardCharsets.UTF_8)),
                    written);
            written.block();
        }
        try {
            Thread.sleep(stallMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Failing the callback makes Jetty close the connection with the body incomplete.
        callback.failed(new IOException("stalled body cut off on purpose after " + stallMillis + " ms"));
    }

    private void retryAfter(Response response, Callback callback, Map<String, String> query) {
        String token = query.get("token");
        if (token == null || token.isEmpty()) {
            send(response, callback, 400, "text/plain;charset=utf-8", "missing query parameter token");
            return;
        }
        int attempt = retryAttempts.merge(token, 1, Integer::sum);
        if (attempt > 1) {
            sendJson(response, callback, 200, new JsonObject().add("token", token).add("attempt", attempt));
            return;
        }
        String value = "date".equals(query.get("form"))
                ? HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1))
                : "1";
        response.getHeaders().put(HttpHeader.RETRY_AFTER, value);
        sendJson(response, callback, 503, new JsonObject().add("token", token).add("attempt", attempt));
    }

    private static void sendBytes(Response response, Callback callback, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) i;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(size));
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /**
     * Returns {@code {"users":[{"id":0,"name":"user 0","email":"user0@example.com",
     * "active":true,"score":0.5,"tags":["t0","t1"]}, ...]}} of at least {@code minBytes}
     * bytes.
     */
    static String largeJson(int minBytes) {
        StringBuilder text = new StringBuilder(minBytes + 200);
        text.append("{\"users\":[");
        for (int id = 0; text.length() < minBytes; id++) {
            if (id > 0) {
                text.append(',');
            }
            text.append("{\"id\":").append(id)
                    .append(",\"name\":\"user ").append(id)
                    .append("\",\"email\":\"user").append(id).append("@example.com\"")
                    .append(",\"active\":").append(id % 3 != 0)
                    .append(",\"score\":").append(id % 100).append(".5")
                    .append(",\"tags\":[\"t").append(id % 7).append("\",\"t").append(id % 11).append("\"]}");
        }
        return text.append("]}").toString();
    }

    static void sendJson(Response response, Callback callback, int status, JsonObject json) {
        send(response, callback, status, "application/json", json.toString());
    }

    static void send(Response response, Callback callback, int status, String contentType, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Returns the decoded name and value pairs of a query or form body, in order. */
    private static JsonArray pairs(String encoded) {
        JsonArray pairs = new JsonArray();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new JsonArray()
                    .add(URLDecoder.decode(name, StandardCharsets.UTF_8))
                    .add(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return pairs;
    }

    private static Map<String, String> firstValues(String query) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (com.eclipsesource.json.JsonValue pair : pairs(query)) {
            values.putIfAbsent(pair.asArray().get(0).asString(), pair.asArray().get(1).asString());
        }
        return values;
    }

    private static int intParameter(Map<String, String> query, String name, int defaultValue) {
        String text = query.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Query parameter " + name + " must be an integer, got '" + text + "'", e);
        }
    }

    /**
     * The second connector's handler, for cross-origin requests from the page origin:
     * {@code /test-api/cors/denied} without {@code Access-Control-Allow-Origin},
     * {@code /test-api/cors/allowed} with the page origin allowed.
     */
    static final class CrossOrigin extends Handler.Abstract {

        private final DevServer server;

        CrossOrigin(DevServer server) {
            this.server = server;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            JsonObject body = new JsonObject().add("origin", String.valueOf(request.getHeaders().get(HttpHeader.ORIGIN)));
            if (path.equals("/cors/allowed")) {
                HttpFields.Mutable headers = response.getHeaders();
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, server.pageOrigin());
                headers.put(HttpHeader.VARY, "Origin");
                // Allowing Authorization lets a request that carries it through, so the
                // body can show whether it arrived.
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization");
                if (request.getMethod().equals("OPTIONS")) {
                    response.setStatus(204);
                    callback.succeeded();
                    return true;
                }
                String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
                sendJson(response, callback, 200, body.add("allowed", true)
                        .add("authorization", authorization == null ? "" : authorization));
                return true;
            }
            if (path.equals("/cors/denied")) {
                LOG.debug("Answering {} without Access-Control-Allow-Origin", path);
                sendJson(response, callback, 200, body.add("allowed", false));
                return true;
            }
            return false;
        }
    }
}
