package io.teaframe.browser;

import io.teaframe.port.Cancellable;
import io.teaframe.promise.PromiseCallback;
import io.teaframe.promise.PromiseRejection;
import io.teaframe.promise.PromiseSource;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The promise effect's port on a JavaScript promise, or on any object with a
 * {@code then(onFulfilled, onRejected)} method.
 *
 * <pre>{@code
 * JSPromise<JSString> promise = ...;
 * RunPromise.of(BrowserPromise.of(promise))
 *         .onSuccess(text -> new Loaded(text.stringValue()))
 *         .onFailure(rejection -> new LoadFailed(rejection.message()));
 * }</pre>
 *
 * <p>Each subscription calls {@code then} once, and only the first call of either
 * reaction reaches the callback. A promise runs its reactions as
 * microtasks, so never inside {@code subscribe}. Cancelling drops the callback; the promise itself
 * keeps the reaction until it settles, because a JavaScript promise cannot be
 * cancelled.
 *
 * @param <T> the JavaScript type of the resolved value
 */
public final class BrowserPromise<T extends JSObject> implements PromiseSource<T> {

    private final Thenable<T> promise;

    private BrowserPromise(Thenable<T> promise) {
        this.promise = promise;
    }

    /** Returns a source for {@code promise}. */
    public static <T extends JSObject> BrowserPromise<T> of(JSPromise<T> promise) {
        return new BrowserPromise<>(asThenable(promise));
    }

    /**
     * Returns a source for any thenable, such as a promise from another realm. Like a
     * promise, it must call its reactions later, never inside {@code then}.
     */
    public static BrowserPromise<JSObject> ofThenable(JSObject thenable) {
        return new BrowserPromise<>(asThenable(thenable));
    }

    @Override
    public Cancellable subscribe(PromiseCallback<? super T> callback) {
        Reaction<T> reaction = new Reaction<>(callback);
        promise.then(reaction::fulfilled, reaction::rejected);
        return reaction::cancel;
    }

    /** The callback of one subscription, cleared when it is cancelled or called. */
    private static final class Reaction<T> {
        private PromiseCallback<? super T> callback;

        Reaction(PromiseCallback<? super T> callback) {
            this.callback = callback;
        }

        void fulfilled(T value) {
            PromiseCallback<? super T> target = callback;
            callback = null;
            if (target != null) {
                target.resolved(value);
            }
        }

        void rejected(JSObject reason) {
            PromiseCallback<? super T> target = callback;
            callback = null;
            if (target != null) {
                target.rejected(new PromiseRejection(describe(reason), reason));
            }
        }

        void cancel() {
            callback = null;
        }
    }

    /**
     * Returns the {@code message} of a rejection reason, or the reason as text. A reason
     * whose {@code message} getter or conversion to text throws gets a fixed text, so
     * nothing throws inside the reaction.
     */
    @JSBody(params = "reason", script = "try { return reason && typeof reason.message === 'string'"
            + " ? reason.message : String(reason); } catch (e) { return 'the rejection reason could not be read'; }")
    private static native String describe(JSObject reason);

    @JSBody(params = "value", script = "return value;")
    private static native <T extends JSObject> Thenable<T> asThenable(JSObject value);

    /** The {@code then} method of a promise, with typed reactions. */
    interface Thenable<T extends JSObject> extends JSObject {
        void then(FulfilledHandler<T> onFulfilled, RejectedHandler onRejected);
    }

    @JSFunctor
    interface FulfilledHandler<T extends JSObject> extends JSObject {
        void handle(T value);
    }

    @JSFunctor
    interface RejectedHandler extends JSObject {
        void handle(JSObject reason);
    }
}
