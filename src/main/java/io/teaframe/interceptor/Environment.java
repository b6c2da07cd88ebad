package io.teaframe.interceptor;

import io.teaframe.port.Logger;

/**
 * The frame services that the standard interceptors use. The frame implements it,
 * and application code does not.
 */
public interface Environment {

    /** Returns the handler registered for {@code key}, or null. */
    <T> CoeffectHandler<T> coeffectHandler(Coeffect<T> key);

    /** Returns the frame's logger. */
    Logger logger();
}
