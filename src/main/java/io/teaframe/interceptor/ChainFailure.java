package io.teaframe.interceptor;

/**
 * Wraps what an interceptor threw, with the interceptor and the step it was in. The
 * frame unwraps it into an error report.
 */
public final class ChainFailure extends RuntimeException {

    private final transient Interceptor interceptor;
    private final boolean inAfter;

    ChainFailure(Interceptor interceptor, boolean inAfter, Throwable cause) {
        super("interceptor '" + interceptor.id() + "' failed in " + (inAfter ? "after" : "before") + ": "
                + cause, cause);
        this.interceptor = interceptor;
        this.inAfter = inAfter;
    }

    public Interceptor interceptor() {
        return interceptor;
    }

    /** Returns true if the interceptor's {@code after} threw, false for its {@code before}. */
    public boolean inAfter() {
        return inAfter;
    }
}
