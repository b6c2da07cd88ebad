package io.teaframe.view;

/**
 * Collects name-value pairs for one element while its parts are read: a later value for
 * the same name replaces the earlier one, and a null value removes the name. Elements
 * have few attributes, so a linear search beats a map here.
 */
final class NamedValues {

    static final String[] NO_NAMES = new String[0];
    static final Object[] NO_VALUES = new Object[0];

    private String[] names;
    private Object[] values;
    private int size;

    /** Starts with room for {@code capacity} names, the number of parts of this kind. */
    NamedValues(int capacity) {
        names = capacity == 0 ? NO_NAMES : new String[capacity];
        values = capacity == 0 ? NO_VALUES : new Object[capacity];
    }

    /**
     * Returns a collector for {@code count} parts, or null when there are none. The static
     * {@link #names(NamedValues)} and {@link #values(NamedValues)} accept that null.
     */
    static NamedValues forCount(int count) {
        return count == 0 ? null : new NamedValues(count);
    }

    /** Returns the names of {@code collected}, or no names when it is null. */
    static String[] names(NamedValues collected) {
        return collected == null ? NO_NAMES : collected.names();
    }

    /** Returns the values of {@code collected}, or no values when it is null. */
    static Object[] values(NamedValues collected) {
        return collected == null ? NO_VALUES : collected.values();
    }

    void put(String name, Object value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = value;
                return;
            }
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /**
     * Returns the names whose value is not null, in first-seen order. When every slot is
     * filled and none is null, this is the collector's own array, so call it only once the
     * collector is complete.
     */
    String[] names() {
        int present = countPresent();
        if (present == 0) {
            return NO_NAMES;
        }
        if (present == names.length) {
            return names;
        }
        String[] result = new String[present];
        int next = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] != null) {
                result[next++] = names[i];
            }
        }
        return result;
    }

    /**
     * Returns the values that are not null, in the order of {@link #names()}. Like
     * {@code names()}, it may return the collector's own array.
     */
    Object[] values() {
        int present = countPresent();
        if (present == 0) {
            return NO_VALUES;
        }
        if (present == values.length) {
            return values;
        }
        Object[] result = new Object[present];
        int next = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] != null) {
                result[next++] = values[i];
            }
        }
        return result;
    }

    private int countPresent() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] != null) {
                count++;
            }
        }
        return count;
    }

    /** Returns the index of {@code name} in {@code names}, or -1. */
    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns true when both arrays hold the same names in the same order. */
    static boolean sameNames(String[] a, String[] b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }
}
