package io.teaframe.testkit;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import io.teaframe.promise.PromiseCallback;
import io.teaframe.promise.PromiseRejection;
import io.teaframe.promise.PromiseSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PromiseSource} that the test settles. Like a JavaScript promise it settles
 * once, remembers its outcome for later subscribers, and calls each callback in a
 * scheduler task, never inside {@code subscribe} or {@code resolve}.
 *
 * <pre>{@code
 * FakePromise<String> promise = new FakePromise<>(t.time());
 * t.dispatchAndDrain(new Load(promise));      // the handler returns RunPromise.of(promise)...
 * promise.resolve("done");
 * t.drain();                                  // the callback runs, then the app's event
 * }</pre>
 *
 * @param <T> the type of the resolved value
 */
public final class FakePromise<T> implements PromiseSource<T> {

    private final Scheduler scheduler;
    private final List<Subscriber> subscribers = new ArrayList<>();
    private boolean settled;
    private T value;
    private PromiseRejection rejection;

    public FakePromise(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Cancellable subscribe(PromiseCallback<? super T> callback) {
        Subscriber subscriber = new Subscriber(callback);
        subscribers.add(subscriber);
        if (settled) {
            subscriber.schedule();
        }
        return subscriber;
    }

    /** Resolves it with {@code resolvedValue}; the callbacks run on the next drain. */
    public void resolve(T resolvedValue) {
        settle(resolvedValue, null);
    }

    /** Rejects it with a reason whose message is {@code message}. */
    public void reject(String message) {
        settle(null, new PromiseRejection(message, message));
    }

    /** Returns the number of callbacks subscribed so far, cancelled ones included. */
    public int subscriptions() {
        return subscribers.size();
    }

    /** Returns true if every subscription so far was cancelled, and there was one. */
    public boolean isCancelled() {
        if (subscribers.isEmpty()) {
            return false;
        }
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.cancelled) {
                return false;
            }
        }
        return true;
    }

    private void settle(T resolvedValue, PromiseRejection reason) {
        if (settled) {
            throw new IllegalStateException("this promise was already settled");
        }
        settled = true;
        value = resolvedValue;
        rejection = reason;
        for (Subscriber subscriber : subscribers) {
            subscriber.schedule();
        }
    }

    /** One callback and whether its subscription was cancelled. */
    private final class Subscriber implements Cancellable {
        private PromiseCallback<? super T> callback;
        private boolean cancelled;

        Subscriber(PromiseCallback<? super T> callback) {
            this.callback = callback;
        }

        void schedule() {
            scheduler.nextTick(() -> {
                if (cancelled) {
                    return;
                }
                PromiseCallback<? super T> target = callback;
                callback = null;
                if (rejection == null) {
                    target.resolved(value);
                } else {
                    target.rejected(rejection);
                }
            });
        }

        @Override
        public void cancel() {
            cancelled = true;
            callback = null;
        }
    }
}
