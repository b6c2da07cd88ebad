package io.teaframe.port;

/**
 * Randomness for handlers, injected as a coeffect so that tests can make it
 * deterministic. Not suitable for secrets.
 */
public interface RandomSource {

    /** Returns a number in [0, 1). */
    double nextDouble();

    /**
     * Returns a random version 4 UUID in its usual 36-character form. The default
     * builds it from {@link #nextDouble()}; the browser adapter uses
     * {@code crypto.randomUUID()} where the page is a secure context.
     */
    default String uuid() {
        return Uuids.fromRandom(this);
    }
}
