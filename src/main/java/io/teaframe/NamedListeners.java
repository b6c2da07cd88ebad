package io.teaframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Listeners by id, in the order they were first added. Adding an id again replaces the
 * listener in place. A plain list rather than a {@code LinkedHashMap}, which would add
 * several kilobytes to every compiled app.
 */
final class NamedListeners<T> {

    private final List<String> ids = new ArrayList<>();
    private final List<T> listeners = new ArrayList<>();

    void put(String id, T listener) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listener, "listener");
        int index = ids.indexOf(id);
        if (index >= 0) {
            listeners.set(index, listener);
            return;
        }
        ids.add(id);
        listeners.add(listener);
    }

    void remove(String id) {
        int index = ids.indexOf(id);
        if (index >= 0) {
            ids.remove(index);
            listeners.remove(index);
        }
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Returns the ids, as a copy, so that listeners may add or remove while it is walked. */
    List<String> idsSnapshot() {
        return new ArrayList<>(ids);
    }

    /** Returns the listener with {@code id}, or null if it was removed meanwhile. */
    T get(String id) {
        int index = ids.indexOf(id);
        return index < 0 ? null : listeners.get(index);
    }
}
