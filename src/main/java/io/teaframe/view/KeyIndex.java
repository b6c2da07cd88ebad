package io.teaframe.view;

/**
 * The position of each key in a list of children: a hash table with open addressing
 * and linear probing, whose positions are plain ints. A {@code HashMap<Object, Integer>}
 * allocates an entry and a boxed position for each child, and a list of 1,000 rows is
 * indexed on every render that reorders, replaces or appends rows.
 */
final class KeyIndex {

    private final Object[] keys;
    private final int[] positions;
    private final int mask;

    /** Creates an empty index with room for {@code count} keys at a load of at most one half. */
    KeyIndex(int count) {
        int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
        keys = new Object[capacity];
        positions = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * Adds {@code key} at {@code position} unless the index contains it already. Returns
     * -1 when it was added, or the position stored for it before.
     */
    int putIfAbsent(Object key, int position) {
        int slot = slotOf(key);
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        positions[slot] = position;
        return -1;
    }

    /** Returns the position of {@code key}, or -1 when the index does not contain it. */
    int get(Object key) {
        int slot = slotOf(key);
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Spreads the hash code, because integer keys hash to themselves and would cluster. */
    private int slotOf(Object key) {
        int hash = key.hashCode() * 0x9E3779B9;
        return (hash ^ (hash >>> 16)) & mask;
    }
}
