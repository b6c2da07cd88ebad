package io.teaframe.socket;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The messages of one connection that are not delivered yet: those queued while the
 * socket is not open, and in acknowledged mode those sent and not yet acknowledged.
 * Both are kept in sending order, and the bound of the {@link OutboxPolicy} applies to
 * the two together.
 */
final class Outbox {

    /** One outgoing frame and what it was made from. */
    static final class Entry {
        /** The frame: a {@code String} or a {@code byte[]}. */
        final Object frame;
        /** The app's message, for the overflow event. */
        final Object message;
        /** The acknowledgement id, or 0 for a message that is not acknowledged. */
        final int id;
        /** The correlation id of a request, or 0. */
        final int correlationId;

        Entry(Object frame, Object message, int id, int correlationId) {
            this.frame = frame;
            this.message = message;
            this.id = id;
            this.correlationId = correlationId;
        }
    }

    private final ArrayDeque<Entry> queued = new ArrayDeque<>();
    private final ArrayDeque<Entry> unacknowledged = new ArrayDeque<>();
    private OutboxPolicy policy = OutboxPolicy.defaults();

    void setPolicy(OutboxPolicy policy) {
        this.policy = policy;
    }

    OutboxPolicy policy() {
        return policy;
    }

    int size() {
        return queued.size() + unacknowledged.size();
    }

    /**
     * Makes room for {@code incoming} if the outbox is full. Returns the entry lost: the
     * incoming one itself when the policy rejects the newest (it must then not be
     * added), the oldest waiting one when it drops the oldest, or null when there was
     * room.
     */
    Entry makeRoom(Entry incoming) {
        if (size() < policy.maxMessages()) {
            return null;
        }
        if (policy.overflow() == OverflowPolicy.REJECT_NEWEST) {
            return incoming;
        }
        // Unacknowledged entries were sent before any queued one, so they are older.
        return unacknowledged.isEmpty() ? queued.pollFirst() : unacknowledged.pollFirst();
    }

    void enqueue(Entry entry) {
        queued.addLast(entry);
    }

    /** Removes and returns the oldest queued entry, or null. */
    Entry pollQueued() {
        return queued.pollFirst();
    }

    void awaitAck(Entry entry) {
        unacknowledged.addLast(entry);
    }

    /** Returns the unacknowledged entries, oldest first; the caller must not change them. */
    Iterable<Entry> unacknowledged() {
        return unacknowledged;
    }

    /** Forgets every unacknowledged entry with an id up to {@code id}: acknowledgements are cumulative. */
    void acknowledgeThrough(int id) {
        while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().id <= id) {
            unacknowledged.pollFirst();
        }
    }

    /** Removes the queued request with {@code correlationId}, if it is still unsent. */
    void removeRequest(int correlationId) {
        Iterator<Entry> entries = queued.iterator();
        while (entries.hasNext()) {
            if (entries.next().correlationId == correlationId) {
                entries.remove();
                return;
            }
        }
    }
}
