package io.teaframe.http;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonSyntaxException;

/**
 * Turns a transport response into the outcome of one attempt: a decoded body for 2xx,
 * else an HTTP failure, or a DECODE failure when a 2xx body does not decode.
 */
final class Decoding {

    private Decoding() {
    }

    /**
     * The outcome of one attempt that got a response. Exactly one of {@code body} (a
     * success) and {@code kind} (a failure) is set.
     */
    static final class Result {
        final TransportResponse response;
        final Body body;
        final FailureKind kind;
        final String rawText;
        final Json failureJson;
        final String message;

        Result(TransportResponse response, Body body, FailureKind kind, String rawText, Json failureJson,
                String message) {
            this.response = response;
            this.body = body;
            this.kind = kind;
            this.rawText = rawText;
            this.failureJson = failureJson;
            this.message = message;
        }

        boolean isSuccess() {
            return body != null;
        }
    }

    static Result decode(TransportResponse response, ResponseFormat format, JsonParser parser) {
        int status = response.status();
        String contentType = response.headers().first("Content-Type");
        boolean wantsJson = format == ResponseFormat.JSON
                || (format == ResponseFormat.AUTO && ContentTypes.isJson(contentType));

        if (status < 200 || status > 299) {
            // An error page is never a DECODE failure: the status is the news, and the
            // body is decoded only as a bonus when it happens to be JSON.
            String raw = rawText(response);
            boolean mayBeJson = format == ResponseFormat.JSON || ContentTypes.isJson(contentType);
            Json json = mayBeJson ? Body.tryParse(parser, raw) : null;
            return new Result(response, null, FailureKind.HTTP, raw, json,
                    "HTTP " + status + (response.statusText().isEmpty() ? "" : " " + response.statusText()));
        }

        if (status == 204 || status == 205 || isEmpty(response, wantsJson)) {
            return new Result(response, Body.empty(parser), null, null, null, null);
        }
        if (!wantsJson) {
            return new Result(response, Body.of(response, null, parser), null, null, null, null);
        }
        String raw = rawText(response);
        try {
            Json json = parser.parse(raw);
            return new Result(response, Body.of(response, json, parser), null, null, null, null);
        } catch (JsonSyntaxException e) {
            return new Result(response, null, FailureKind.DECODE, raw, null,
                    "the response body is not valid JSON: " + e.getMessage());
        }
    }

    /** A body with no bytes, or only whitespace where JSON is expected, counts as empty. */
    private static boolean isEmpty(TransportResponse response, boolean wantsJson) {
        if (response.bytes() != null) {
            return response.bytes().length == 0;
        }
        return wantsJson ? response.text().trim().isEmpty() : response.text().isEmpty();
    }

    private static String rawText(TransportResponse response) {
        return Body.of(response, null, null).text();
    }
}
