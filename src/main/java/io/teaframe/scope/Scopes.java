package io.teaframe.scope;

import io.teaframe.Frame;
import io.teaframe.port.Cancellable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scopes of one frame, each a list of cancellable work by scope id. See this
 * package's documentation. Not thread-safe, like the frame that owns it.
 */
public final class Scopes {

    private final Map<String, ArrayList<Entry>> scopes = new HashMap<>();
    private int size;
    private int nextId;
    private boolean cancelEffectRegistered;

    /**
     * Registers {@code work} in scope {@code scopeId} and returns the registration.
     * Cancelling the registration removes the entry and leaves the work alone; call it
     * when the work ends by itself.
     */
    public Cancellable add(String scopeId, Cancellable work) {
        Objects.requireNonNull(scopeId, "scopeId");
        Objects.requireNonNull(work, "work");
        ArrayList<Entry> entries = scopes.get(scopeId);
        if (entries == null) {
            entries = new ArrayList<>(2);
            scopes.put(scopeId, entries);
        }
        Entry entry = new Entry(scopeId, work);
        entries.add(entry);
        size++;
        return entry;
    }

    /**
     * Cancels every piece of work still registered in {@code scopeId}, oldest first, and
     * returns how many there were. A handle that throws does not stop the others: the
     * first exception is thrown after all of them ran.
     */
    public int cancel(String scopeId) {
        ArrayList<Entry> entries = scopes.remove(scopeId);
        if (entries == null) {
            return 0;
        }
        RuntimeException first = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            entry.removed = true;
            size--;
            try {
                entry.work.cancel();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return entries.size();
    }

    /** Returns the number of pieces of work registered in {@code scopeId}. */
    public int count(String scopeId) {
        ArrayList<Entry> entries = scopes.get(scopeId);
        return entries == null ? 0 : entries.size();
    }

    /** Returns the number of pieces of work registered in all scopes. */
    public int size() {
        return size;
    }

    /**
     * Registers the {@link CancelScope} effect on {@code frame}, whose scopes these are,
     * unless an earlier call did. Every module that starts work in scopes calls it when
     * installed, so the effect works whichever modules an app installs.
     */
    public void registerCancelEffect(Frame<?> frame) {
        if (cancelEffectRegistered) {
            return;
        }
        cancelEffectRegistered = true;
        frame.registerEffect(CancelScope.class, (effect, context) -> cancel(effect.scopeId()));
    }

    /**
     * Returns a scope id that no earlier call returned, {@code prefix} followed by a
     * number, for owners without a natural id such as a view component instance.
     */
    public String newId(String prefix) {
        return prefix + "#" + (++nextId);
    }

    private void remove(Entry entry) {
        ArrayList<Entry> entries = scopes.get(entry.scopeId);
        if (entries == null) {
            return;
        }
        // A scope usually contains a few entries, so a linear search is enough and saves a map per scope.
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) == entry) {
                entries.remove(i);
                size--;
                break;
            }
        }
        if (entries.isEmpty()) {
            scopes.remove(entry.scopeId);
        }
    }

    /** One piece of work in a scope; cancelling it unregisters the work. */
    private final class Entry implements Cancellable {
        final String scopeId;
        final Cancellable work;
        boolean removed;

        Entry(String scopeId, Cancellable work) {
            this.scopeId = scopeId;
            this.work = work;
        }

        @Override
        public void cancel() {
            if (!removed) {
                removed = true;
                remove(this);
            }
        }
    }
}
