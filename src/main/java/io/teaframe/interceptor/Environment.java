package io.teaframe.interceptor;

import io.teaframe.port.Logger;

/**
 * What the standard interceptors need from the frame that runs them. The frame
 * implements it; application code does not.
 */
public interface Environment {

    /** Returns the handler registered for {@code key}, or null. */
    <T> CoeffectHandler<T> coeffectHandler(Coeffect<T> key);

    /** Returns the frame's logger. */
    Logger logger();
}
