package io.teaframe.http;

import java.util.Objects;

/**
 * One attempt of a request, as the transport sees it: everything is resolved. The URL
 * carries the encoded query, the headers include those added by request interceptors
 * and the body's {@code Content-Type}, and credentials are already restricted to trusted
 * origins.
 *
 * @param method the HTTP method, upper case
 * @param url the URL, absolute or relative to the page
 * @param headers the header fields to send
 * @param body the body, or null
 * @param credentials the {@code fetch} credentials mode
 * @param format how the core will decode the body; see {@link #readsBytes(String)}
 */
public record TransportRequest(
        String method, String url, Headers headers, RequestBody body, Credentials credentials, ResponseFormat format) {

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(format, "format");
    }

    /**
     * Whether the transport must read the body of a response with this
     * {@code Content-Type} (null when the response has none) as bytes rather than text.
     */
    public boolean readsBytes(String contentType) {
        if (format == ResponseFormat.BYTES) {
            return true;
        }
        if (format != ResponseFormat.AUTO) {
            return false;
        }
        return !ContentTypes.isText(contentType);
    }
}
