package io.teaframe.interceptor;

/**
 * Wraps what an interceptor threw, with the interceptor and the step it was in. The
 * frame unwraps it into an error report.
 */
public final class ChainFailure extends RuntimeException {

    /** The step of the chain that failed. */
    public enum Step {
        BEFORE,
        AFTER
    }

    private final transient Interceptor interceptor;
    private final Step step;

    ChainFailure(Interceptor interceptor, Step step, RuntimeException cause) {
        super("interceptor '" + interceptor.id() + "' failed in " + step + ": " + cause, cause);
        this.interceptor = interceptor;
        this.step = step;
    }

    public Interceptor interceptor() {
        return interceptor;
    }

    public Step step() {
        return step;
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
