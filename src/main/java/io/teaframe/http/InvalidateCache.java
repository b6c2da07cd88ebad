package io.teaframe.http;

import java.util.Objects;

/**
 * An effect that removes cache entries: the one with this key, or with
 * {@link #prefix(String)} every entry whose key starts with it. Requests in flight are
 * not affected, and their responses are stored when they arrive.
 *
 * @param key the key, or the prefix of the keys, to remove
 * @param isPrefix whether {@code key} is a prefix
 */
public record InvalidateCache(String key, boolean isPrefix) {

    public InvalidateCache {
        Objects.requireNonNull(key, "key");
    }

    /** Returns the effect that removes the entry under {@code key}. */
    public static InvalidateCache key(String key) {
        return new InvalidateCache(key, false);
    }

    /** Returns the effect that removes every entry whose key starts with {@code prefix}, such as {@code "GET /api/users"}. */
    public static InvalidateCache prefix(String prefix) {
        return new InvalidateCache(prefix, true);
    }
}
