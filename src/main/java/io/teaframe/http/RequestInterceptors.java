package io.teaframe.http;

import java.util.function.Function;

/** The built-in request interceptors. */
public final class RequestInterceptors {

    private RequestInterceptors() {
    }

    /**
     * Sets {@code Authorization: Bearer <token>} with the token read from the state.
     * Adds nothing while the token is null or empty, for example before login.
     */
    public static <S> RequestInterceptor<S> bearerToken(Function<? super S, String> token) {
        return (state, request) -> {
            String value = token.apply(state);
            if (value == null || value.isEmpty()) {
                return request;
            }
            return request.withHeader("Authorization", "Bearer " + value);
        };
    }

    /**
     * Sets the header {@code headerName}, such as {@code X-CSRF-Token}, with the token
     * read from the state, on requests whose method is not safe (all but GET, HEAD,
     * OPTIONS and TRACE), which are the ones a CSRF defence checks. Adds nothing while
     * the token is null or empty.
     */
    public static <S> RequestInterceptor<S> csrfHeader(String headerName, Function<? super S, String> token) {
        return (state, request) -> {
            String method = request.method();
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE")) {
                return request;
            }
            String value = token.apply(state);
            if (value == null || value.isEmpty()) {
                return request;
            }
            return request.withHeader(headerName, value);
        };
    }
}
