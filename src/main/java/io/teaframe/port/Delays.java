package io.teaframe.port;

/** Checks on delays in milliseconds and their text, shared by the schedulers, the timer effects and error values. */
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

    /**
     * Returns {@code millis} as decimal text rounded to the microsecond, such as
     * {@code 1250.5} or {@code 3.0}, or {@code NaN}, {@code Infinity} or
     * {@code -Infinity}. Meant for {@code toString} methods: unlike
     * {@code Double.toString} it brings no double-to-text code into TeaVM's output, and
     * it never uses exponent notation. Exact for whole numbers up to 2^53.
     */
    public static String format(double millis) {
        if (Double.isNaN(millis)) {
            return "NaN";
        }
        if (Double.isInfinite(millis)) {
            return millis > 0 ? "Infinity" : "-Infinity";
        }
        StringBuilder text = new StringBuilder();
        double micros = Math.rint(Math.abs(millis) * 1000);
        if (millis < 0 && micros > 0) {
            text.append('-');
        }
        double whole = Math.floor(micros / 1000);
        appendWhole(text, whole);
        int fraction = (int) (micros - whole * 1000);
        text.append('.').append(fraction / 100);
        if (fraction % 100 != 0) {
            text.append(fraction / 10 % 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }

    /** Appends a whole number in groups of nine digits, so that only int arithmetic formats it. */
    private static void appendWhole(StringBuilder text, double whole) {
        if (whole < 1e9) {
            text.append((int) whole);
            return;
        }
        double high = Math.floor(whole / 1e9);
        appendWhole(text, high);
        String low = Integer.toString((int) (whole - high * 1e9));
        for (int i = low.length(); i < 9; i++) {
            text.append('0');
        }
        text.append(low);
    }
}
