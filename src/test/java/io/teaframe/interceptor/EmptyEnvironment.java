package io.teaframe.interceptor;

import io.teaframe.port.Logger;

/** An environment with no coeffect handlers and no logger, for chains run outside a frame. */
final class EmptyEnvironment implements Environment {

    static final Environment INSTANCE = new EmptyEnvironment();

    private EmptyEnvironment() {
    }

    @Override
    public <T> CoeffectHandler<T> coeffectHandler(Coeffect<T> key) {
        return null;
    }

    @Override
    public Logger logger() {
        return null;
    }
}
