package io.teaframe.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Successful responses by cache key, bounded in size with least-recently-used eviction.
 * Whether an entry is fresh or stale depends on the policy of the request that reads
 * it, so entries only record when they were stored.
 */
final class ResponseCache {

    /** The number of entries kept unless the app sets another bound. */
    static final int DEFAULT_CAPACITY = 100;

    /** One stored response, decoded as the request that stored it asked. */
    static final class Entry {
        final TransportResponse response;
        final Body body;
        final ResponseFormat format;
        final double storedAt;

        Entry(TransportResponse response, Body body, ResponseFormat format, double storedAt) {
            this.response = response;
            this.body = body;
            this.format = format;
            this.storedAt = storedAt;
        }
    }

    // Access order: get and put move an entry to the end, so the first is the least
    // recently used.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int capacity = DEFAULT_CAPACITY;

    /** Returns the entry under {@code key} and marks it used, or null. */
    Entry get(String key) {
        return entries.get(key);
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
        evictOverCapacity();
    }

    void remove(String key) {
        entries.remove(key);
    }

    void removePrefix(String prefix) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getKey().startsWith(prefix)) {
                it.remove();
            }
        }
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    /** The keys from the least to the most recently used. */
    List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    void setCapacity(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("the cache capacity must be zero or more, was " + maxEntries);
        }
        capacity = maxEntries;
        evictOverCapacity();
    }

    private void evictOverCapacity() {
        Iterator<String> oldest = entries.keySet().iterator();
        while (entries.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
