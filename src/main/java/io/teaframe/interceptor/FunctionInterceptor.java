package io.teaframe.interceptor;

import java.util.Objects;
import java.util.function.UnaryOperator;

/** An interceptor made of functions; either step may be null, meaning "unchanged". */
final class FunctionInterceptor implements Interceptor {

    private final String id;

    // Read by the chain, which calls the functions itself: one call less per step.
    final UnaryOperator<Context> before;
    final UnaryOperator<Context> after;

    FunctionInterceptor(String id, UnaryOperator<Context> before, UnaryOperator<Context> after) {
        this.id = Objects.requireNonNull(id, "id");
        this.before = before;
        this.after = after;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Context before(Context context) {
        return before == null ? context : before.apply(context);
    }

    @Override
    public Context after(Context context) {
        return after == null ? context : after.apply(context);
    }

    @Override
    public String toString() {
        return "Interceptor[" + id + "]";
    }
}
