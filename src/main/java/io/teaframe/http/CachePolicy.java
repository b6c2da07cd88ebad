package io.teaframe.http;

/**
 * How a GET request uses the response cache of its {@link Http}.
 *
 * <p>A successful response is stored under the key. For {@code ttlMillis} after that it
 * is fresh: a request with the same key gets it at once, without a request to the
 * server. For {@code staleMillis} more it is stale: a request gets it at once and the
 * response is also fetched again in the background; when the new response arrives,
 * the request's {@code onSuccess} event is dispatched a second time with it. After
 * that the entry is expired and the request goes to the server.
 *
 * @param ttlMillis how long a stored response is fresh
 * @param staleMillis how long after that it may still be given out while it is fetched
 *     again (stale-while-revalidate); 0 turns that off
 * @param key the cache key, or null for the request's method and final URL, such as
 *     {@code GET /api/users?page=2}
 */
public record CachePolicy(double ttlMillis, double staleMillis, String key) {

    public CachePolicy {
        if (!(ttlMillis >= 0) || !(staleMillis >= 0)) {
            throw new IllegalArgumentException("cache times must be zero or more");
        }
    }

    /** Returns a policy that keeps responses fresh for {@code ttlMillis}, with no stale period. */
    public static CachePolicy ttl(double ttlMillis) {
        return new CachePolicy(ttlMillis, 0, null);
    }

    /** Returns this policy with a stale-while-revalidate period of {@code millis}. */
    public CachePolicy staleWhileRevalidate(double millis) {
        return new CachePolicy(ttlMillis, millis, key);
    }

    /** Returns this policy storing under {@code cacheKey} instead of the method and URL. */
    public CachePolicy withKey(String cacheKey) {
        return new CachePolicy(ttlMillis, staleMillis, cacheKey);
    }
}
