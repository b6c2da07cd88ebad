package io.teaframe.promise;

import io.teaframe.port.Cancellable;

/**
 * One {@link RunPromise} from its effect until its settlement is handled or it is
 * cancelled. It is the callback given to the source, so every reaction passes through
 * {@link Promises}, which reports what teaframe's code throws there.
 */
final class PromiseRun implements PromiseCallback<Object> {

    final Promises promises;
    final RunPromise<Object> effect;
    Cancellable subscription = Cancellable.NONE;
    Cancellable scopeEntry = Cancellable.NONE;
    boolean settled;
    boolean ended;

    PromiseRun(Promises promises, RunPromise<Object> effect) {
        this.promises = promises;
        this.effect = effect;
    }

    @Override
    public void resolved(Object value) {
        promises.settle(this, value, null);
    }

    @Override
    public void rejected(PromiseRejection rejection) {
        promises.settle(this, null, rejection == null ? new PromiseRejection("rejected with no reason", null)
                : rejection);
    }
}
