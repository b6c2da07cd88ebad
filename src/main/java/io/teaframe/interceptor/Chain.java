package io.teaframe.interceptor;

/** Runs an interceptor chain over a context, as this package's documentation describes. */
public final class Chain {

    private Chain() {
    }

    /**
     * Runs every {@code before} in queue order, then every {@code after} in reverse,
     * and returns the final context. Every {@code Throwable} is caught, so that an
     * {@code AssertionError} or a stack overflow in one handler is reported like any
     * other failure instead of stopping the router.
     *
     * @throws ChainFailure if a step throws, naming the interceptor and the step
     */
    public static Context run(Context start) {
        Context context = start;

        while (context.hasQueued()) {
            Interceptor next = context.nextQueued();
            context = context.enterNext();
            try {
                context = requireContext(next.before(context), next);
            } catch (Throwable e) {
                throw new ChainFailure(next, false, e);
            }
        }

        while (context.hasStacked()) {
            Interceptor top = context.topOfStack();
            context = context.leaveTop();
            try {
                context = requireContext(top.after(context), top);
            } catch (Throwable e) {
                throw new ChainFailure(top, true, e);
            }
        }
        return context;
    }

    private static Context requireContext(Context result, Interceptor from) {
        if (result == null) {
            throw new NullPointerException("interceptor '" + from.id() + "' returned a null context");
        }
        return result;
    }
}
