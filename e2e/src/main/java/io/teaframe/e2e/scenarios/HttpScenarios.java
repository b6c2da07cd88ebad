package io.teaframe.e2e.scenarios;

import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.FetchTransport;
import io.teaframe.http.Credentials;
import io.teaframe.http.Headers;
import io.teaframe.http.RequestBody;
import io.teaframe.http.ResponseFormat;
import io.teaframe.http.TransportRequest;
import io.teaframe.http.UrlEncoding;
import io.teaframe.json.Json;
import io.teaframe.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * Scenarios for {@link FetchTransport} against the endpoints of the e2e server's
 * {@code /test-api/} (see {@code io.teaframe.e2e.server.TestApi}). Each sends requests
 * through {@link Exchange}, which checks the callback contract, and reads the server's
 * echo with {@link BrowserJson}.
 */
final class HttpScenarios {

    private static final String ECHO = "/test-api/echo";

    /** Bytes 0 to 255, which are not valid UTF-8 text, so a body that passed through text would differ. */
    private static final byte[] ALL_BYTE_VALUES = allByteValues();

    private static final FetchTransport TRANSPORT = new FetchTransport();

    private HttpScenarios() {
    }

    static List<Scenario> list() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.of("fetch echoes query and headers", HttpScenarios::queryAndHeaders));
        scenarios.add(Scenario.of("fetch sends a JSON body", HttpScenarios::jsonBody));
        scenarios.add(Scenario.of("fetch sends a form body", HttpScenarios::formBody));
        scenarios.add(Scenario.of("fetch sends a multipart body", HttpScenarios::multipartBody));
        scenarios.add(Scenario.of("fetch sends a text body", HttpScenarios::textBody));
        scenarios.add(Scenario.of("fetch sends a bytes body", HttpScenarios::bytesBody));
        scenarios.add(Scenario.of("fetch sends each method", HttpScenarios::methods));
        scenarios.add(Scenario.of("fetch reads bytes by format", HttpScenarios::readsBytes));
        scenarios.add(Scenario.of("fetch waits for slow headers", HttpScenarios::slowHeaders));
        scenarios.add(Scenario.of("fetch cancel mid-body is silent", HttpScenarios::cancelMidBody));
        scenarios.add(Scenario.of("fetch cancel before headers is silent", HttpScenarios::cancelBeforeHeaders));
        scenarios.add(Scenario.of("fetch body cut off is a network error", HttpScenarios::bodyCutOff));
        scenarios.add(Scenario.of("fetch 204 and 205 have empty bodies", HttpScenarios::emptyStatuses));
        scenarios.add(Scenario.of("fetch HTML 503 and 502 pages", HttpScenarios::htmlErrors));
        scenarios.add(Scenario.of("fetch Retry-After in seconds", outcome -> retryAfter(outcome, "seconds")));
        scenarios.add(Scenario.of("fetch Retry-After as a date", outcome -> retryAfter(outcome, "date")));
        scenarios.add(Scenario.of("fetch invalid JSON with 200", HttpScenarios::invalidJson));
        scenarios.add(new Scenario("fetch a 4 MiB body", 20_000, HttpScenarios::largeBody));
        scenarios.add(Scenario.of("fetch credentials modes", HttpScenarios::credentials));
        scenarios.add(Scenario.of("fetch CORS refusal is a network error", HttpScenarios::corsRefusal));
        scenarios.add(Scenario.of("fetch refused connection", HttpScenarios::connectionRefused));
        scenarios.add(Scenario.of("fetch GET with a body fails later", HttpScenarios::getWithBody));
        scenarios.add(Scenario.of("fetch transport origin", HttpScenarios::origin));
        return scenarios;
    }

    /** Checks that the query reaches the server encoded as {@link UrlEncoding} writes it, and the headers as sent. */
    static void queryAndHeaders(Outcome outcome) {
        String[] pairs = {"plain", "v", "space", "a b", "accent", "\u00e9t\u00e9", "symbols", "&=?#/+%", "emoji", "\ud83d\ude00",
            "repeat", "1", "repeat", "2"};
        StringBuilder url = new StringBuilder(ECHO).append('?');
        UrlEncoding.appendPairs(url, pairs);
        Headers headers = Headers.of("X-Test", "one", "X-Test", "two", "Accept", "application/json");
        TransportRequest request = Exchange.request("GET", url.toString(), headers, null, ResponseFormat.JSON);

        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            outcome.checkEquals(200, exchange.status(), "status");
            outcome.check(exchange.header("Content-Type").startsWith("application/json"),
                    "response Content-Type " + exchange.header("Content-Type"));
            checkHeaderList(outcome, exchange);
            Json echo = exchange.json();
            outcome.checkEquals("GET", echo.string("method"), "method");
            outcome.checkEquals(url.substring(ECHO.length() + 1), echo.string("query"), "raw query");
            List<String> decoded = echo.list("queryParams", pair -> pair.at(0).asString() + "=" + pair.at(1).asString());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                expected.add(pairs[i] + "=" + pairs[i + 1]);
            }
            outcome.checkEquals(expected, decoded, "decoded query");
            outcome.checkEquals("one, two", echoedHeader(echo, "x-test"), "repeated header");
            outcome.checkEquals("application/json", echoedHeader(echo, "accept"), "Accept");
            outcome.finish("query " + echo.string("query"));
        });
    }

    /**
     * Checks that listing the response headers, which copies them from the browser's
     * {@code Headers} object, gives lower-case names, and the Content-Type that a lookup
     * returned before the listing.
     */
    private static void checkHeaderList(Outcome outcome, Exchange exchange) {
        Headers headers = exchange.headers();
        String lookedUp = headers.first("Content-Type");
        outcome.check(headers.size() > 0, "listed headers " + headers);
        String listed = null;
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            outcome.checkEquals(name.toLowerCase(), name, "listed header name");
            if (name.equals("content-type")) {
                listed = headers.value(i);
            }
        }
        outcome.checkEquals(lookedUp, listed, "Content-Type looked up and listed");
    }

    /** Checks a JSON body with the request's Content-Type, and that the body's type is added when the request has none. */
    static void jsonBody(Outcome outcome) {
        String json = "{\"name\":\"\u00e9\",\"n\":[1,2]}";
        TransportRequest typed = Exchange.request("POST", ECHO, Headers.of("Content-Type", "application/json"),
                RequestBody.json(json), ResponseFormat.JSON);
        TransportRequest untyped = Exchange.request("POST", ECHO, Headers.EMPTY, RequestBody.json(json),
                ResponseFormat.JSON);
        Exchange.send(TRANSPORT, typed, outcome, first -> Exchange.send(TRANSPORT, untyped, outcome, second -> {
            for (Exchange exchange : new Exchange[] {first, second}) {
                Json echo = exchange.json();
                outcome.checkEquals("POST", echo.string("method"), "method");
                outcome.checkEquals("application/json", echo.string("contentType"), "Content-Type");
                outcome.checkEquals(json, echo.string("body"), "body");
            }
            outcome.checkEquals(null, echoedHeaderOrNull(second.json(), "x-missing"), "unexpected header");
            outcome.finish("body " + json);
        }));
    }

    static void formBody(Outcome outcome) {
        RequestBody body = RequestBody.form("name", "Ann Lee", "note", "a&b=c \u00e9", "name", "second");
        TransportRequest request = Exchange.request("POST", ECHO, Headers.of("Content-Type", body.contentType()), body,
                ResponseFormat.JSON);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            Json echo = exchange.json();
            outcome.check(echo.string("contentType").equalsIgnoreCase("application/x-www-form-urlencoded;charset=UTF-8"),
                    "Content-Type " + echo.string("contentType"));
            outcome.checkEquals(((RequestBody.FormBody) body).encoded(), echo.string("body"), "encoded body");
            outcome.checkEquals(List.of("name=Ann Lee", "note=a&b=c \u00e9", "name=second"),
                    echo.list("formFields", pair -> pair.at(0).asString() + "=" + pair.at(1).asString()),
                    "decoded fields");
            outcome.finish("body " + echo.string("body"));
        });
    }

    /**
     * Checks a multipart body of a text field and a file: the browser writes the type with
     * its boundary, and drops a Content-Type given in the request's headers.
     */
    static void multipartBody(Outcome outcome) {
        RequestBody body = RequestBody.multipart()
                .field("title", "Holiday \u00e9t\u00e9")
                .file("upload", "photo 1.png", "image/png", ALL_BYTE_VALUES)
                .field("empty", "");
        TransportRequest request = Exchange.request("POST", ECHO, Headers.of("Content-Type", "application/json"), body,
                ResponseFormat.JSON);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            Json echo = exchange.json();
            String type = echo.string("contentType");
            outcome.check(type.startsWith("multipart/form-data; boundary="), "Content-Type " + type);
            Json parts = echo.get("parts");
            outcome.checkEquals(3, parts.size(), "part count");
            outcome.checkEquals("title", parts.at(0).string("name"), "field name");
            outcome.checkEquals("Holiday \u00e9t\u00e9", parts.at(0).string("value"), "field value");
            outcome.checkEquals("", parts.at(0).string("fileName"), "field file name");
            outcome.checkEquals("upload", parts.at(1).string("name"), "file part name");
            outcome.checkEquals("photo 1.png", parts.at(1).string("fileName"), "file name");
            outcome.checkEquals("image/png", parts.at(1).string("contentType"), "file type");
            outcome.checkEquals(256, parts.at(1).integer("size"), "file size");
            outcome.checkEquals(base64(ALL_BYTE_VALUES), parts.at(1).string("base64"), "file bytes");
            outcome.checkEquals("", parts.at(2).string("value"), "empty field");
            outcome.finish(type);
        });
    }

    static void textBody(Outcome outcome) {
        RequestBody.TextBody text = (RequestBody.TextBody) RequestBody.text("line 1\nline 2 \u00e9\ud83d\ude00");
        TransportRequest request = Exchange.request("POST", ECHO, Headers.of("Content-Type", text.contentType()),
                text, ResponseFormat.JSON);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            Json echo = exchange.json();
            // Jetty reports the charset in lower case, and a charset name is case-insensitive.
            outcome.check(echo.string("contentType").equalsIgnoreCase("text/plain;charset=UTF-8"),
                    "Content-Type " + echo.string("contentType"));
            outcome.checkEquals(text.text(), echo.string("body"), "text body");
            outcome.finish("text echoed");
        });
    }

    static void bytesBody(Outcome outcome) {
        RequestBody bytes = RequestBody.bytes(ALL_BYTE_VALUES, "application/octet-stream");
        TransportRequest request = Exchange.request("PUT", ECHO, Headers.EMPTY, bytes, ResponseFormat.JSON);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            Json echo = exchange.json();
            outcome.checkEquals("application/octet-stream", echo.string("contentType"), "Content-Type");
            outcome.checkEquals(256, echo.integer("bodyLength"), "body length");
            outcome.checkEquals(base64(ALL_BYTE_VALUES), echo.string("bodyBase64"), "body");
            outcome.finish("256 bytes echoed");
        });
    }

    static void methods(Outcome outcome) {
        String[] methods = {"PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"};
        List<String> seen = new ArrayList<>();
        sendEach(outcome, methods, 0, seen, () -> {
            // HEAD has no body, so its echo cannot be read; its status shows it was served.
            outcome.checkEquals(List.of("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD 200 body ''"), seen, "methods");
            outcome.finish("methods " + seen);
        });
    }

    private static void sendEach(Outcome outcome, String[] methods, int index, List<String> seen, Runnable done) {
        if (index == methods.length) {
            done.run();
            return;
        }
        String method = methods[index];
        TransportRequest request = Exchange.request(method, ECHO, Headers.EMPTY, null, ResponseFormat.TEXT);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            if (method.equals("HEAD")) {
                seen.add("HEAD " + exchange.status() + " body '" + exchange.text() + "'");
            } else {
                seen.add(exchange.json().string("method"));
            }
            sendEach(outcome, methods, index + 1, seen, done);
        });
    }

    /** Checks that BYTES and AUTO with a binary type read bytes, and TEXT reads text. */
    static void readsBytes(Outcome outcome) {
        int size = 300_000;
        String url = "/test-api/bytes?size=" + size;
        TransportRequest auto = Exchange.request("GET", url, Headers.EMPTY, null, ResponseFormat.AUTO);
        TransportRequest bytes = Exchange.request("GET", "/test-api/echo", Headers.EMPTY, null, ResponseFormat.BYTES);
        TransportRequest text = Exchange.request("GET", "/test-api/bytes?size=3", Headers.EMPTY, null,
                ResponseFormat.TEXT);
        Exchange.send(TRANSPORT, auto, outcome, first -> Exchange.send(TRANSPORT, bytes, outcome,
                second -> Exchange.send(TRANSPORT, text, outcome, third -> {
                    byte[] body = first.response.bytes();
                    outcome.checkEquals(null, first.response.text(), "text of a binary AUTO response");
                    outcome.checkEquals(size, body == null ? -1 : body.length, "AUTO byte count");
                    outcome.checkEquals(-1, firstWrongByte(body), "index of the first wrong byte");
                    byte[] json = second.response.bytes();
                    outcome.check(json != null && json.length > 0 && json[0] == '{',
                            "BYTES did not read the JSON echo as bytes");
                    outcome.checkEquals("\u0000\u0001\u0002", third.response.text(), "TEXT of three bytes");
                    outcome.finish(size + " bytes read");
                })));
    }

    static void slowHeaders(Outcome outcome) {
        double start = Performance.now();
        Exchange.send(TRANSPORT, Exchange.get("/test-api/slow-headers?delay=300"), outcome, exchange -> {
            double elapsed = Performance.now() - start;
            outcome.checkEquals(200, exchange.status(), "status");
            outcome.check(elapsed >= 299, "the response arrived after " + elapsed + " ms");
            outcome.check(exchange.json().bool("slow"), "body");
            outcome.finish("arrived after " + (int) elapsed + " ms");
        });
    }

    /**
     * Cancels while the body stalls. Without the abort, the server's cut at 1,000 ms
     * would end in a network error, so silence at 1,500 ms shows the callback was
     * suppressed.
     */
    static void cancelMidBody(Outcome outcome) {
        Exchange exchange = Exchange.send(TRANSPORT, Exchange.get("/test-api/stalled-body?stall=1000"), outcome,
                ignored -> { });
        Window.setTimeout(() -> {
            exchange.handle.cancel();
            exchange.handle.cancel();
        }, 300);
        Runnable check = outcome.guard(() -> {
            outcome.checkEquals(0, exchange.calls, "callback calls after cancel");
            outcome.finish("no callback within 1,500 ms");
        });
        Window.setTimeout(check::run, 1500);
    }

    static void cancelBeforeHeaders(Outcome outcome) {
        Exchange exchange = Exchange.send(TRANSPORT, Exchange.get("/test-api/slow-headers?delay=200"), outcome,
                ignored -> { });
        exchange.handle.cancel();
        Exchange done = Exchange.send(TRANSPORT, Exchange.get("/test-api/echo"), outcome, ignored -> { });
        Runnable check = outcome.guard(() -> {
            done.handle.cancel();
            outcome.checkEquals(0, exchange.calls, "callback calls after cancel");
            outcome.checkEquals(1, done.calls, "calls of the request cancelled after its response");
            outcome.finish("no callback within 600 ms");
        });
        Window.setTimeout(check::run, 600);
    }

    static void bodyCutOff(Outcome outcome) {
        Exchange.send(TRANSPORT, Exchange.get("/test-api/stalled-body?stall=200"), outcome, exchange -> {
            outcome.checkEquals(null, exchange.response, "response");
            outcome.check(exchange.networkError != null && !exchange.networkError.isEmpty(),
                    "network error message " + exchange.networkError);
            outcome.finish("network error: " + exchange.networkError);
        });
    }

    static void emptyStatuses(Outcome outcome) {
        Exchange.send(TRANSPORT, Exchange.get("/test-api/status/204"), outcome, first ->
                Exchange.send(TRANSPORT, Exchange.get("/test-api/status/205"), outcome, second -> {
                    outcome.checkEquals(204, first.status(), "first status");
                    outcome.checkEquals("", first.text(), "204 body");
                    outcome.checkEquals(205, second.status(), "second status");
                    outcome.checkEquals("", second.text(), "205 body");
                    outcome.finish("204 '" + first.response.statusText() + "', 205 '"
                            + second.response.statusText() + "'");
                }));
    }

    static void htmlErrors(Outcome outcome) {
        TransportRequest json503 = Exchange.request("GET", "/test-api/html-error/503", Headers.EMPTY, null,
                ResponseFormat.JSON);
        Exchange.send(TRANSPORT, json503, outcome, first ->
                Exchange.send(TRANSPORT, Exchange.get("/test-api/html-error/502"), outcome, second -> {
                    outcome.checkEquals(503, first.status(), "first status");
                    outcome.check(first.text().contains("<h1>Error 503</h1>"), "503 body " + first.text());
                    outcome.check(first.header("content-type").startsWith("text/html"),
                            "503 type " + first.header("content-type"));
                    outcome.checkEquals(502, second.status(), "second status");
                    outcome.check(second.text().contains("<h1>Error 502</h1>"), "502 body " + second.text());
                    outcome.finish("503 and 502 pages read as text");
                }));
    }

    static void retryAfter(Outcome outcome, String form) {
        String url = "/test-api/retry-after?form=" + form + "&token=" + form + "-" + uniqueToken();
        Exchange.send(TRANSPORT, Exchange.get(url), outcome, first ->
                Exchange.send(TRANSPORT, Exchange.get(url), outcome, second -> {
                    outcome.checkEquals(503, first.status(), "first status");
                    String retryAfter = first.header("Retry-After");
                    if (form.equals("seconds")) {
                        outcome.checkEquals("1", retryAfter, "Retry-After");
                    } else {
                        outcome.check(retryAfter != null && retryAfter.endsWith(" GMT") && retryAfter.length() == 29,
                                "Retry-After is not an HTTP date: " + retryAfter);
                    }
                    outcome.checkEquals(200, second.status(), "second status");
                    outcome.checkEquals(2, second.json().integer("attempt"), "attempt");
                    outcome.finish("Retry-After: " + retryAfter);
                }));
    }

    static void invalidJson(Outcome outcome) {
        TransportRequest request = Exchange.request("GET", "/test-api/invalid-json", Headers.EMPTY, null,
                ResponseFormat.JSON);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            outcome.checkEquals(200, exchange.status(), "status");
            outcome.checkEquals("{\"users\": [1, 2,", exchange.text(), "body");
            String message = null;
            try {
                exchange.json();
            } catch (JsonSyntaxException e) {
                message = e.getMessage();
            }
            outcome.check(message != null, "BrowserJson parsed an invalid text");
            outcome.finish("SyntaxError: " + message);
        });
    }

    static void largeBody(Outcome outcome) {
        int minBytes = 4 * 1024 * 1024;
        double start = Performance.now();
        Exchange.send(TRANSPORT, Exchange.get("/test-api/large-json?bytes=" + minBytes), outcome, exchange -> {
            double received = Performance.now() - start;
            String text = exchange.text();
            outcome.check(text.length() >= minBytes, "body length " + text.length());
            Json users = exchange.json().get("users");
            int count = users.size();
            outcome.checkEquals(count - 1, users.at(count - 1).integer("id"), "id of the last user");
            outcome.checkEquals("user" + (count - 1) + "@example.com", users.at(count - 1).string("email"),
                    "email of the last user");
            outcome.finish(text.length() + " characters, " + count + " users, received in " + (int) received + " ms");
        });
    }

    /** Checks that OMIT sends no cookie, and SAME_ORIGIN and INCLUDE send the one the server set. */
    static void credentials(Outcome outcome) {
        String value = uniqueToken();
        String cookie = "teaframe-test=" + value;
        Exchange.send(TRANSPORT, Exchange.get("/test-api/cookie/set?value=" + value), outcome, set ->
                Exchange.send(TRANSPORT, cookieEcho(Credentials.OMIT), outcome, omit ->
                        Exchange.send(TRANSPORT, cookieEcho(Credentials.SAME_ORIGIN), outcome, sameOrigin ->
                                Exchange.send(TRANSPORT, cookieEcho(Credentials.INCLUDE), outcome, include -> {
                                    outcome.checkEquals("", omit.json().string("cookie"), "cookie with OMIT");
                                    outcome.check(sameOrigin.json().string("cookie").contains(cookie),
                                            "cookie with SAME_ORIGIN: " + sameOrigin.json().string("cookie"));
                                    outcome.check(include.json().string("cookie").contains(cookie),
                                            "cookie with INCLUDE: " + include.json().string("cookie"));
                                    outcome.finish("cookie " + cookie);
                                }))));
    }

    private static TransportRequest cookieEcho(Credentials credentials) {
        return new TransportRequest("GET", "/test-api/cookie/echo", Headers.EMPTY, null, credentials,
                ResponseFormat.JSON);
    }

    static void corsRefusal(Outcome outcome) {
        withServerInfo(outcome, info -> {
            String origin = info.string("crossOrigin");
            Exchange.send(TRANSPORT, Exchange.get(origin + "test-api/cors/denied"), outcome, denied ->
                    Exchange.send(TRANSPORT, Exchange.get(origin + "test-api/cors/allowed"), outcome, allowed -> {
                        outcome.checkEquals(null, denied.response, "response without Access-Control-Allow-Origin");
                        outcome.check(denied.networkError != null, "no network error for the refused response");
                        outcome.checkEquals(200, allowed.status(), "status of the allowed request");
                        outcome.check(allowed.json().bool("allowed"), "allowed body");
                        outcome.finish("refused: " + denied.networkError);
                    }));
        });
    }

    static void connectionRefused(Outcome outcome) {
        withServerInfo(outcome, info -> Exchange.send(TRANSPORT, Exchange.get(info.string("closedPort")), outcome,
                exchange -> {
                    outcome.checkEquals(null, exchange.response, "response from a closed port");
                    outcome.check(exchange.networkError != null, "no network error");
                    outcome.finish("refused: " + exchange.networkError);
                }));
    }

    static void getWithBody(Outcome outcome) {
        TransportRequest request = Exchange.request("GET", ECHO, Headers.EMPTY, RequestBody.text("body"),
                ResponseFormat.TEXT);
        Exchange.send(TRANSPORT, request, outcome, exchange -> {
            outcome.checkEquals(null, exchange.response, "response");
            outcome.check(exchange.networkError != null, "no network error");
            outcome.finish("rejected: " + exchange.networkError);
        });
    }

    static void origin(Outcome outcome) {
        String origin = TRANSPORT.origin();
        outcome.checkEquals(pageOrigin(), origin, "origin");
        outcome.check(origin.startsWith("http://127.0.0.1:"), "origin " + origin);
        outcome.finish(origin);
    }

    /** Reads {@code /test-api/info}, the second origin and the closed port, and passes it to {@code next}. */
    static void withServerInfo(Outcome outcome, Consumer<Json> next) {
        Exchange.send(TRANSPORT, Exchange.get("/test-api/info"), outcome, exchange -> next.accept(exchange.json()));
    }

    private static String echoedHeader(Json echo, String name) {
        String value = echoedHeaderOrNull(echo, name);
        return value == null ? "(no " + name + " header)" : value;
    }

    /** Returns the values of the header {@code name} in the echo, joined by ", ", or null if there is none. */
    private static String echoedHeaderOrNull(Json echo, String name) {
        List<String> values = new ArrayList<>();
        Json headers = echo.get("headers");
        for (int i = 0; i < headers.size(); i++) {
            if (headers.at(i).at(0).asString().equals(name)) {
                values.add(headers.at(i).at(1).asString());
            }
        }
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static int firstWrongByte(byte[] bytes) {
        if (bytes == null) {
            return 0;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != (byte) i) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @JSBody(script = "return location.origin;")
    private static native String pageOrigin();

    @JSBody(script = "return Date.now().toString(36) + Math.random().toString(36).slice(2);")
    private static native String uniqueToken();

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
