package io.teaframe.http;

import java.util.Objects;

/**
 * What a transport received: the status line, the headers, and the whole body, read as
 * text or as bytes as {@link TransportRequest#readsBytes(String)} asked.
 *
 * @param status the status code
 * @param statusText the reason phrase; empty over HTTP/2
 * @param headers the response headers the transport can see
 * @param text the body as text, or null when it was read as bytes
 * @param bytes the body as bytes, or null when it was read as text
 */
public record TransportResponse(int status, String statusText, Headers headers, String text, byte[] bytes) {

    public TransportResponse {
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(headers, "headers");
        if ((text == null) == (bytes == null)) {
            throw new IllegalArgumentException("a response body is either text or bytes");
        }
    }
}
