package io.teaframe.view;

import io.teaframe.Frame;
import io.teaframe.sub.Query;
import io.teaframe.sub.Subscription;
import java.util.function.Consumer;

/**
 * The subscriptions that one {@link ComponentInstance} read, in the order of its last
 * render. An instance makes this object at its first read, so a component that reads
 * nothing, such as a row that gets all it shows as props, costs no arrays and no
 * listener.
 *
 * <p>{@code seenIn[i]} is the number of the last render that read {@code queries[i]}.
 * After a successful render, the reads it did not repeat are closed.
 */
final class TrackedReads {

    private final Consumer<Object> onChange;

    private Query<?>[] queries = new Query<?>[4];
    private Subscription<?>[] subscriptions = new Subscription<?>[4];
    private int[] seenIn = new int[4];
    private int readCount;
    private int generation;

    /** The index the next read checks first, because renders usually read in the same order. */
    private int cursor;

    /** Creates an empty set of reads whose subscriptions call {@code onChange} on a change. */
    TrackedReads(Consumer<Object> onChange) {
        this.onChange = onChange;
    }

    /** Starts the next render: later reads count as made by it. */
    void startRender() {
        generation++;
        cursor = 0;
    }

    /**
     * Returns the subscription of {@code query} and marks it read by this render. A query
     * that no earlier render read opens a subscription through {@code frame}.
     */
    Subscription<?> read(Frame<?> frame, Query<?> query) {
        int index = indexOf(query);
        if (index < 0) {
            index = track(query, frame.subscribe(query, onChange));
        }
        seenIn[index] = generation;
        return subscriptions[index];
    }

    private int indexOf(Query<?> query) {
        if (cursor < readCount && queries[cursor].equals(query)) {
            return cursor++;
        }
        for (int i = 0; i < readCount; i++) {
            if (queries[i].equals(query)) {
                cursor = i + 1;
                return i;
            }
        }
        return -1;
    }

    private int track(Query<?> query, Subscription<?> subscription) {
        if (readCount == queries.length) {
            int capacity = readCount * 2;
            Query<?>[] grownQueries = new Query<?>[capacity];
            Subscription<?>[] grownSubscriptions = new Subscription<?>[capacity];
            int[] grownSeen = new int[capacity];
            System.arraycopy(queries, 0, grownQueries, 0, readCount);
            System.arraycopy(subscriptions, 0, grownSubscriptions, 0, readCount);
            System.arraycopy(seenIn, 0, grownSeen, 0, readCount);
            queries = grownQueries;
            subscriptions = grownSubscriptions;
            seenIn = grownSeen;
        }
        queries[readCount] = query;
        subscriptions[readCount] = subscription;
        cursor = readCount + 1;
        return readCount++;
    }

    /** Closes the reads that the render just finished did not make, keeping the order of the rest. */
    void closeUnread() {
        int kept = 0;
        for (int i = 0; i < readCount; i++) {
            if (seenIn[i] == generation) {
                queries[kept] = queries[i];
                subscriptions[kept] = subscriptions[i];
                seenIn[kept] = seenIn[i];
                kept++;
            } else {
                subscriptions[i].close();
            }
        }
        for (int i = kept; i < readCount; i++) {
            queries[i] = null;
            subscriptions[i] = null;
        }
        readCount = kept;
    }

    /** Closes every subscription. */
    void closeAll() {
        for (int i = 0; i < readCount; i++) {
            subscriptions[i].close();
            subscriptions[i] = null;
            queries[i] = null;
        }
        readCount = 0;
    }
}
