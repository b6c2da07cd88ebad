package io.teaframe.port;

/** Checks on delays in milliseconds, shared by the schedulers and the timer effects. */
public final class Delays {

    private Delays() {
    }

    /**
     * Returns {@code millis} if it is finite.
     *
     * @throws IllegalArgumentException if it is NaN or infinite, naming {@code what}
     */
    public static double requireFinite(double millis, String what) {
        if (Double.isNaN(millis) || Double.isInfinite(millis)) {
            // Spelled out rather than concatenated: appending a double pulls TeaVM's
            // double-to-text code, about 35 KB of JavaScript, into every app.
            String value = Double.isNaN(millis) ? "NaN" : millis > 0 ? "Infinity" : "-Infinity";
            throw new IllegalArgumentException(what + " must be a finite number of milliseconds, was " + value);
        }
        return millis;
    }
}
