package io.teaframe.interceptor;

/**
 * A coeffect was needed but is not there: either {@code inject} named a coeffect with no
 * registered handler, or a handler read one that no interceptor injected.
 */
public final class MissingCoeffectException extends RuntimeException {

    private final transient Coeffect<?> key;

    public MissingCoeffectException(Coeffect<?> key, String message) {
        super(message);
        this.key = key;
    }

    /** Returns the key that is missing. */
    public Coeffect<?> key() {
        return key;
    }
}
