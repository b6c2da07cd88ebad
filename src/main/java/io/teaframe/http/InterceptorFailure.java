package io.teaframe.http;

/** Thrown by {@code Http.prepare} when a request interceptor throws, naming it. */
final class InterceptorFailure extends RuntimeException {

    final String interceptorId;

    InterceptorFailure(String interceptorId, RuntimeException cause) {
        super("request interceptor '" + interceptorId + "' threw " + cause, cause);
        this.interceptorId = interceptorId;
    }
}
