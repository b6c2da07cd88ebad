package io.teaframe.http;

/**
 * The cause of the {@code FrameError} reported for a request that failed without an
 * {@code onFailure} factory. The message describes the failure; it never contains
 * header values that carry credentials.
 */
public final class HttpFailureException extends RuntimeException {

    private final transient HttpFailure failure;

    public HttpFailureException(HttpFailure failure) {
        super(failure.toString());
        this.failure = failure;
    }

    public HttpFailure failure() {
        return failure;
    }
}
