package io.teaframe.http;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonSyntaxException;

/**
 * A response body as received and, where it applies, decoded. Shared by every request
 * that receives the same response (cache hits and de-duplicated requests), so it is
 * immutable apart from the JSON parsed on first use.
 */
final class Body {

    private final String text;
    private final byte[] bytes;
    private final boolean empty;
    private final JsonParser parser;
    private Json json;

    private Body(String text, byte[] bytes, boolean empty, Json json, JsonParser parser) {
        this.text = text;
        this.bytes = bytes;
        this.empty = empty;
        this.json = json;
        this.parser = parser;
    }

    static Body empty(JsonParser parser) {
        return new Body("", null, true, null, parser);
    }

    static Body of(TransportResponse response, Json json, JsonParser parser) {
        return new Body(response.text(), response.bytes(), false, json, parser);
    }

    boolean isEmpty() {
        return empty;
    }

    /** The body as text: as received, or its bytes read as UTF-8. */
    String text() {
        return text != null ? text : Utf8.decode(bytes);
    }

    /** The body as bytes: as received, or its text written as UTF-8. */
    byte[] bytes() {
        return bytes != null ? bytes.clone() : Utf8.encode(text);
    }

    /** The body parsed as JSON, now if it was not decoded as JSON when it arrived. */
    Json json() {
        if (empty) {
            throw new IllegalStateException("the response has no body; check isEmpty() before json()");
        }
        if (json == null) {
            json = parser.parse(text());
        }
        return json;
    }

    /** The JSON decoded on arrival, or null. */
    Json decodedJson() {
        return json;
    }

    /** Parses {@code text} as JSON, or returns null when it does not parse. */
    static Json tryParse(JsonParser parser, String text) {
        try {
            return parser.parse(text);
        } catch (JsonSyntaxException e) {
            return null;
        }
    }
}
