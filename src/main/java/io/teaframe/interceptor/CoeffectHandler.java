package io.teaframe.interceptor;

/**
 * Computes a custom coeffect's value when {@link Interceptors#inject} asks for it.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface CoeffectHandler<T> {

    /**
     * Returns the value to inject.
     *
     * @param coeffects the coeffects gathered so far, including the state and event
     * @param argument the argument given to {@code inject}, or null
     */
    T provide(Coeffects coeffects, Object argument);
}
