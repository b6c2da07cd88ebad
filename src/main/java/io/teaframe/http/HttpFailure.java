package io.teaframe.http;

import io.teaframe.json.Json;

/**
 * The final failure of a request, as its {@code onFailure} factory receives it. Which
 * fields are set depends on the {@link #kind()}.
 *
 * <p>An error page from a JSON API, such as an HTML 502 from a proxy, is an
 * {@link FailureKind#HTTP} failure with the page in {@link #text()} and a null
 * {@link #json()}, never a {@link FailureKind#DECODE} failure.
 */
public final class HttpFailure {

    private final FailureKind kind;
    private final HttpRequest request;
    private final TransportResponse response;
    private final String text;
    private final Json json;
    private final String message;
    private final int attempts;
    private final double elapsedMillis;

    HttpFailure(FailureKind kind, HttpRequest request, TransportResponse response, String text, Json json,
            String message, int attempts, double elapsedMillis) {
        this.kind = kind;
        this.request = request;
        this.response = response;
        this.text = text == null ? "" : text;
        this.json = json;
        this.message = message;
        this.attempts = attempts;
        this.elapsedMillis = elapsedMillis;
    }

    public FailureKind kind() {
        return kind;
    }

    public HttpRequest request() {
        return request;
    }

    /** The response status for HTTP and DECODE failures; 0 when no response arrived. */
    public int status() {
        return response == null ? 0 : response.status();
    }

    /** The reason phrase, or {@code ""}. */
    public String statusText() {
        return response == null ? "" : response.statusText();
    }

    /** The response headers, or none when no response arrived. */
    public Headers headers() {
        return response == null ? Headers.EMPTY : response.headers();
    }

    /** The raw body text of the response, or {@code ""}. */
    public String text() {
        return text;
    }

    /** The body of an HTTP failure decoded as JSON when it is JSON, else null. */
    public Json json() {
        return json;
    }

    /** A description for logs and developers: the status, the timeout or the platform's error. */
    public String message() {
        return message;
    }

    /** How many attempts were sent; 0 if the request was aborted before it was sent. */
    public int attempts() {
        return attempts;
    }

    /** The time from the effect to this failure, in milliseconds. */
    public double elapsedMillis() {
        return elapsedMillis;
    }

    @Override
    public String toString() {
        return "HttpFailure[" + kind.name() + " " + request.describe() + ": " + message + ", attempts=" + attempts
                + "]";
    }
}
