package io.teaframe.view;

/**
 * Static helpers for the name-value arrays of an {@link ElementNode}: attributes,
 * properties and styles. One array contains the pairs side by side, each name at an
 * even index and its value at the odd index after it, so an element with attributes
 * keeps one array for them and not two. TeaVM makes every Java array two JavaScript objects
 * (the array and a wrapper), and a table of 1,000 rows keeps about 8,000 elements.
 * Elements have few attributes, so a linear search beats a map here.
 */
final class NamedValues {

    static final Object[] NO_PAIRS = new Object[0];

    private NamedValues() {
    }

    /**
     * Puts {@code name} and {@code value} into the first {@code size} slots of
     * {@code pairs} and returns the new size. A name already there gets the new value in
     * its old position, and a new name goes at the end. A null value is kept as a
     * placeholder and dropped by {@link #trim}, so a later null removes an earlier value.
     */
    static int put(Object[] pairs, int size, String name, Object value) {
        for (int i = 0; i < size; i += 2) {
            if (pairs[i].equals(name)) {
                pairs[i + 1] = value;
                return size;
            }
        }
        pairs[size] = name;
        pairs[size + 1] = value;
        return size + 2;
    }

    /**
     * Returns the pairs among the first {@code size} slots whose value is not null, in
     * order. When every slot is filled and no value is null, this is {@code pairs}
     * itself, so call it only once the array is complete.
     */
    static Object[] trim(Object[] pairs, int size) {
        int present = 0;
        for (int i = 1; i < size; i += 2) {
            if (pairs[i] != null) {
                present += 2;
            }
        }
        if (present == 0) {
            return NO_PAIRS;
        }
        if (present == pairs.length) {
            return pairs;
        }
        Object[] result = new Object[present];
        int next = 0;
        for (int i = 0; i < size; i += 2) {
            if (pairs[i + 1] != null) {
                result[next] = pairs[i];
                result[next + 1] = pairs[i + 1];
                next += 2;
            }
        }
        return result;
    }

    /** Returns the index of {@code name} in {@code pairs}, an even number, or -1. */
    static int indexOf(Object[] pairs, String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the value of {@code name} in {@code pairs}, or null when it is absent. */
    static Object valueOf(Object[] pairs, String name) {
        int index = indexOf(pairs, name);
        return index < 0 ? null : pairs[index + 1];
    }

    /** Returns true when both arrays hold the same names in the same order. */
    static boolean sameNames(Object[] a, Object[] b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i += 2) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }
}
