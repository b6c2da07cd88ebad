package io.teaframe;

import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Coeffects;

/**
 * An event handler that reads coeffects and returns effects:
 * {@code (coeffects, event) -> effects}. Returning null means {@link Effects#none()}.
 */
@FunctionalInterface
public interface EffectsHandler<E> {

    Effects handle(Coeffects coeffects, E event);
}
