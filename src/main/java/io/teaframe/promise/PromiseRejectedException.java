package io.teaframe.promise;

/**
 * The cause of the error reported when a promise without a failure factory is
 * rejected. The frame's error handler receives it with phase {@code ASYNC_EFFECT}.
 */
public final class PromiseRejectedException extends RuntimeException {

    private final transient PromiseRejection rejection;

    public PromiseRejectedException(PromiseRejection rejection) {
        super("the promise was rejected: " + rejection.message()
                + "; give the RunPromise an onFailure factory to handle this in the app");
        this.rejection = rejection;
    }

    public PromiseRejection rejection() {
        return rejection;
    }
}
