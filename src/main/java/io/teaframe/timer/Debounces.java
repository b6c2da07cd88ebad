package io.teaframe.timer;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Clock;
import io.teaframe.port.Scheduler;
import io.teaframe.scope.Scopes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The debounces and throttles of one frame by id. A {@link Debouncer} exists only from
 * the call that starts a burst until it is IDLE again, so {@link #count()} is 0 when
 * nothing is pending or cooling down.
 */
final class Debounces {

    private final Clock clock;
    private final Scheduler scheduler;
    private final Consumer<Object> dispatch;
    private final Scopes scopes;
    private final BiConsumer<String, Throwable> failures;
    private final Map<String, Entry> entries = new HashMap<>();

    Debounces(Clock clock, Scheduler scheduler, Consumer<Object> dispatch, Scopes scopes,
            BiConsumer<String, Throwable> failures) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.dispatch = dispatch;
        this.scopes = scopes;
        this.failures = failures;
    }

    void call(Debounce effect) {
        Entry entry = entries.get(effect.id());
        if (entry == null) {
            entry = new Entry(effect);
            entries.put(effect.id(), entry);
        }
        entry.debouncer.call(effect.event());
    }

    void cancel(String id) {
        Entry entry = entries.get(id);
        if (entry != null) {
            entry.debouncer.cancel();
        }
    }

    void flush(String id) {
        Entry entry = entries.get(id);
        if (entry != null) {
            entry.debouncer.flush();
        }
    }

    int count() {
        return entries.size();
    }

    private final class Entry implements Debouncer.Output, Cancellable {
        final String id;
        final Debouncer debouncer;
        Cancellable scopeRegistration;

        Entry(Debounce effect) {
            this.id = effect.id();
            Scheduler guarded = new GuardedScheduler(scheduler, "debounce '" + id + "'", failures);
            this.debouncer = new Debouncer(clock, guarded, effect.waitMillis(), effect.leading(), effect.trailing(),
                    effect.maxWaitMillis(), this);
            if (effect.scopeId() != null) {
                scopeRegistration = scopes.add(effect.scopeId(), this);
            }
        }

        @Override
        public void fire(Object event) {
            dispatch.accept(event);
        }

        @Override
        public void ended() {
            if (entries.get(id) == this) {
                entries.remove(id);
            }
            if (scopeRegistration != null) {
                scopeRegistration.cancel();
                scopeRegistration = null;
            }
        }

        /** Called when the scope is cancelled: drop the pending call. */
        @Override
        public void cancel() {
            scopeRegistration = null;
            debouncer.cancel();
        }
    }
}
