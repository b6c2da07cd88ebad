package io.teaframe.http;

/**
 * Receives the end of one transport attempt: exactly one of the two methods is called,
 * once, in a task of its own, and neither is called after the attempt was cancelled.
 */
public interface TransportCallback {

    /** The whole response arrived, whatever its status. */
    void onResponse(TransportResponse response);

    /**
     * No whole response arrived: the network failed, the server was unreachable, the
     * browser refused the response (CORS), or the connection broke while the body was
     * read. {@code message} is the platform's description, for logs.
     */
    void onNetworkError(String message);
}
