package io.teaframe.interceptor;

import java.util.function.UnaryOperator;

/**
 * A step around an event handler. {@code before} runs on the way in and may change the
 * coeffects or add interceptors to the queue; {@code after} runs on the way out and may
 * change the effects. Both receive and return an immutable {@link Context}.
 *
 * <p>The id names the interceptor in error reports and traces, and identifies global
 * interceptors: registering another with the same id replaces it in place.
 */
public interface Interceptor {

    /** Returns the name used in error reports, traces and the global registry. */
    String id();

    /** Runs on the way in. The default returns the context unchanged. */
    default Context before(Context context) {
        return context;
    }

    /** Runs on the way out. The default returns the context unchanged. */
    default Context after(Context context) {
        return context;
    }

    /** Returns an interceptor with both steps. */
    static Interceptor of(String id, UnaryOperator<Context> before, UnaryOperator<Context> after) {
        return new FunctionInterceptor(id, before, after);
    }

    /** Returns an interceptor with only a {@code before} step. */
    static Interceptor before(String id, UnaryOperator<Context> before) {
        return new FunctionInterceptor(id, before, null);
    }

    /** Returns an interceptor with only an {@code after} step. */
    static Interceptor after(String id, UnaryOperator<Context> after) {
        return new FunctionInterceptor(id, null, after);
    }
}
