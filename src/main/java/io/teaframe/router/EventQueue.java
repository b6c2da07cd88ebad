package io.teaframe.router;

/**
 * A FIFO of events in a growing ring buffer. The router needs only these four
 * operations; {@code ArrayDeque} would bring its whole class into every compiled app.
 * The capacity is always a power of two, so indexes wrap with a mask instead of a
 * division.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 16;

    private Object[] items = new Object[INITIAL_CAPACITY];
    private int head;
    private int size;

    void addLast(Object event) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = event;
        size++;
    }

    /** Returns the first event without removing it, or null if the queue is empty. */
    Object peekFirst() {
        return size == 0 ? null : items[head];
    }

    /** Removes and returns the first event, or null if the queue is empty. */
    Object pollFirst() {
        if (size == 0) {
            return null;
        }
        Object first = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return first;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        Object[] larger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = items[(head + i) & (items.length - 1)];
        }
        items = larger;
        head = 0;
    }
}
