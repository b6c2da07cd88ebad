package io.teaframe.promise;

import io.teaframe.port.Cancellable;

/**
 * The port of the promise effect: one asynchronous result that settles once, such as a
 * JavaScript promise. {@code BrowserPromise} adapts a JavaScript promise, and
 * {@code FakePromise} in the test kit settles when the test calls {@code resolve} or
 * {@code reject}.
 *
 * @param <T> the type of the value it resolves with
 */
@FunctionalInterface
public interface PromiseSource<T> {

    /**
     * Registers {@code callback}, which the source calls once when it settles, never
     * inside this call. After the returned handle is cancelled, the callback is never
     * called and the source may drop its reference to it. The work behind a JavaScript
     * promise goes on, because a promise cannot be stopped.
     */
    Cancellable subscribe(PromiseCallback<? super T> callback);
}
