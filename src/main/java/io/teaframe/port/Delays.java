package io.teaframe.port;

/** Checks on delays in milliseconds, shared by the schedulers and the timer effects. */
public final class Delays {

    private Delays() {
    }

    /**
     * Returns {@code millis} if it is finite.
     *
     * @throws IllegalArgumentException if it is NaN or infinite, naming {@code name}
     */
    public static double requireFinite(double millis, String name) {
        if (!Double.isNaN(millis) && !Double.isInfinite(millis)) {
            return millis;
        }

        // Spelled out rather than concatenated: appending a double pulls TeaVM's
        // double-to-text code, about 35 KB of unminified JavaScript, into every app.
        String value = "NaN";
        if (millis == Double.POSITIVE_INFINITY) {
            value = "Infinity";
        } else if (millis == Double.NEGATIVE_INFINITY) {
            value = "-Infinity";
        }
        throw new IllegalArgumentException(name + " must be a finite number of milliseconds, was " + value);
    }
}
