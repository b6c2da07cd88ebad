package io.teaframe;

import io.teaframe.interceptor.Context;

/**
 * An event handler with the whole interceptor context: {@code context -> context}. For
 * the rare handler that must read or change the interceptor queue or stack.
 */
@FunctionalInterface
public interface ContextHandler {

    Context handle(Context context);
}
