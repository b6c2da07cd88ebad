package io.teaframe.http;

/**
 * How many times a failed request is sent again, and how long it waits in between.
 *
 * <p>The wait before retry {@code n} (0 for the first) is
 * {@code min(baseDelay * 2^n, maxDelay)}, shortened by a random share of up to
 * {@code jitter} of itself so that clients that failed together do not retry together.
 * A {@code Retry-After} header on the failed response replaces that wait, capped at
 * {@code maxDelay}. The defaults follow TanStack Query v5 (3 retries,
 * {@code min(1000 * 2^n, 30000)} ms) and add a jitter of 0.2.
 *
 * <p>What is retried is fixed by {@link #shouldRetry}: network failures, timeouts,
 * 408, 429 and 5xx. Without a policy of its own, a request gets {@link #DEFAULT} for
 * the idempotent methods of RFC 9110 (GET, HEAD, OPTIONS, TRACE, PUT, DELETE) and
 * {@link #NONE} for the others, POST and PATCH among them, because sending those twice
 * may do the work twice.
 *
 * @param maxRetries how many times a request is sent again after its first attempt
 * @param baseDelayMillis the wait before the first retry, before jitter
 * @param maxDelayMillis the cap on every wait, {@code Retry-After} included
 * @param jitter the largest share of a wait that is randomly cut from it, 0 to 1
 */
public record RetryPolicy(int maxRetries, double baseDelayMillis, double maxDelayMillis, double jitter) {

    /** Three retries after 1, 2 and 4 seconds, less up to 20% jitter. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, 1_000, 30_000, 0.2);

    /** Never retry. */
    public static final RetryPolicy NONE = new RetryPolicy(0, 0, 0, 0);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be zero or more, was " + maxRetries);
        }
        if (!(baseDelayMillis >= 0) || !(maxDelayMillis >= 0) || Double.isInfinite(maxDelayMillis)) {
            throw new IllegalArgumentException("retry delays must be finite and zero or more");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** Returns the default backoff with {@code maxRetries} retries. */
    public static RetryPolicy retries(int maxRetries) {
        return new RetryPolicy(maxRetries, DEFAULT.baseDelayMillis, DEFAULT.maxDelayMillis, DEFAULT.jitter);
    }

    /** Returns this policy with another base delay and cap. */
    public RetryPolicy withBackoff(double baseMillis, double maxMillis) {
        return new RetryPolicy(maxRetries, baseMillis, maxMillis, jitter);
    }

    /** Returns this policy with another jitter share; 0 makes the waits exact. */
    public RetryPolicy withJitter(double share) {
        return new RetryPolicy(maxRetries, baseDelayMillis, maxDelayMillis, share);
    }

    /**
     * Returns the policy a request follows: its own when it set one, else
     * {@link #DEFAULT} for idempotent methods and {@link #NONE} for the rest.
     */
    public static RetryPolicy effective(String method, RetryPolicy own) {
        if (own != null) {
            return own;
        }
        return isIdempotent(method) ? DEFAULT : NONE;
    }

    /** Whether RFC 9110 defines {@code method} as idempotent. */
    public static boolean isIdempotent(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || method.equals("TRACE") || method.equals("PUT") || method.equals("DELETE");
    }

    /**
     * Decides whether a failed attempt is sent again. A pure function of its arguments.
     *
     * @param method the request's method, upper case
     * @param own the request's own policy, or null for the method's default
     * @param kind how the attempt failed
     * @param status the response status for {@link FailureKind#HTTP}, else 0
     * @param retriesDone how many retries were already sent, 0 after the first attempt
     */
    public static boolean shouldRetry(String method, RetryPolicy own, FailureKind kind, int status,
            int retriesDone) {
        RetryPolicy policy = effective(method, own);
        if (retriesDone >= policy.maxRetries) {
            return false;
        }
        return isRetryable(kind, status);
    }

    /**
     * Whether a failure of this kind and status is worth retrying: network failures,
     * timeouts, 408 Request Timeout, 429 Too Many Requests and every 5xx. Other 4xx
     * will fail the same way again, a body that did not decode will not decode next
     * time, and an abort was the app's choice.
     */
    public static boolean isRetryable(FailureKind kind, int status) {
        if (kind == FailureKind.NETWORK || kind == FailureKind.TIMEOUT) {
            return true;
        }
        if (kind == FailureKind.HTTP) {
            return status == 408 || status == 429 || (status >= 500 && status <= 599);
        }
        return false;
    }

    /**
     * Returns the wait before retry {@code retryIndex} (0 for the first) in
     * milliseconds, given {@code random} in [0, 1).
     */
    public double backoffMillis(int retryIndex, double random) {
        double delay = Math.min(baseDelayMillis * Math.pow(2, retryIndex), maxDelayMillis);
        return delay - delay * jitter * random;
    }

    /**
     * Returns the wait before the next retry: the {@code Retry-After} wait when
     * {@code retryAfterMillis} is zero or more, else the backoff; never more than
     * {@link #maxDelayMillis}.
     */
    public double waitMillis(int retryIndex, double random, double retryAfterMillis) {
        if (retryAfterMillis >= 0) {
            return Math.min(retryAfterMillis, maxDelayMillis);
        }
        return backoffMillis(retryIndex, random);
    }
}
