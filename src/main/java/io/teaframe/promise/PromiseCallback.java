package io.teaframe.promise;

/**
 * Receives the settlement of a {@link PromiseSource}: one call to {@link #resolved} or
 * {@link #rejected}.
 *
 * @param <T> the type of the resolved value
 */
public interface PromiseCallback<T> {

    void resolved(T value);

    void rejected(PromiseRejection rejection);
}
