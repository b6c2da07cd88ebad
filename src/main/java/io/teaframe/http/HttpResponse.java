package io.teaframe.http;

import io.teaframe.json.Json;

/**
 * A successful response (status 200 to 299) with its decoded body, as a request's
 * {@code onSuccess} factory receives it.
 *
 * <p>A 204 or 205 response, and any response with an empty body, has an empty body:
 * {@link #isEmpty()} is true, {@link #text()} is {@code ""}, and {@link #json()} throws.
 */
public final class HttpResponse {

    private final HttpRequest request;
    private final TransportResponse response;
    private final Body body;
    private final int attempts;
    private final double elapsedMillis;
    private final boolean fromCache;

    HttpResponse(HttpRequest request, TransportResponse response, Body body, int attempts, double elapsedMillis,
            boolean fromCache) {
        this.request = request;
        this.response = response;
        this.body = body;
        this.attempts = attempts;
        this.elapsedMillis = elapsedMillis;
        this.fromCache = fromCache;
    }

    public HttpRequest request() {
        return request;
    }

    public int status() {
        return response.status();
    }

    /** The reason phrase; empty over HTTP/2 and HTTP/3. */
    public String statusText() {
        return response.statusText();
    }

    public Headers headers() {
        return response.headers();
    }

    /** Whether the body is empty, as for 204 and 205. */
    public boolean isEmpty() {
        return body.isEmpty();
    }

    /**
     * Returns the body as JSON. A body decoded as JSON on arrival is returned as it is;
     * any other body is parsed now.
     *
     * @throws IllegalStateException if the body is empty
     * @throws io.teaframe.json.JsonSyntaxException if the body is not JSON
     */
    public Json json() {
        return body.json();
    }

    /** Returns the body as text, read as UTF-8 if it arrived as bytes; {@code ""} when empty. */
    public String text() {
        return body.text();
    }

    /** Returns a copy of the body's bytes, the text written as UTF-8 if it arrived as text. */
    public byte[] bytes() {
        return body.bytes();
    }

    /** How many attempts were sent, retries and the replay after a token refresh included; 0 from the cache. */
    public int attempts() {
        return attempts;
    }

    /** The time from the effect to this response, in milliseconds. */
    public double elapsedMillis() {
        return elapsedMillis;
    }

    /** Whether the response came from the cache, fresh or stale, rather than from the server. */
    public boolean fromCache() {
        return fromCache;
    }

    @Override
    public String toString() {
        return "HttpResponse[" + response.status() + " " + request.describe() + (fromCache ? " from cache" : "")
                + "]";
    }
}
