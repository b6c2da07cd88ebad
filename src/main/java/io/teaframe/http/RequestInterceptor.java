package io.teaframe.http;

/**
 * Changes a request just before each attempt is sent, for example to add a token read
 * from the app state. It runs for requests to trusted origins only (see
 * {@link Http#trustOrigin}), because this is where credentials come from.
 *
 * <p>It runs again for every retry and for the replay after a token refresh, with the
 * state of that moment, so a new token applies.
 *
 * @param <S> the app state's type
 */
@FunctionalInterface
public interface RequestInterceptor<S> {

    /** Returns the request to send: {@code request} itself, or a changed copy. */
    HttpRequest intercept(S state, HttpRequest request);
}
