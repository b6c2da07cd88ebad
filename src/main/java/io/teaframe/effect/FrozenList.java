package io.teaframe.effect;

import java.util.AbstractList;

/**
 * A read-only list over an array that nothing else references. Used instead of
 * {@code List.of} and {@code Collections.unmodifiableList}, because in TeaVM either one
 * brings the whole {@code Collections} class, with its empty sets and maps, into every
 * compiled app.
 */
final class FrozenList extends AbstractList<Object> {

    static final FrozenList EMPTY = new FrozenList(new Object[0]);

    private final Object[] items;

    /** Wraps {@code items}, which the caller must not change afterwards. */
    FrozenList(Object[] items) {
        this.items = items;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= items.length) {
            throw new IndexOutOfBoundsException("index " + index + " is out of range for size " + items.length);
        }
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
