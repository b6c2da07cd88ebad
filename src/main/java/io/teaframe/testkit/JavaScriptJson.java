package io.teaframe.testkit;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JavaScript's key order for parsed objects and the output of {@code JSON.stringify},
 * applied to minimal-json trees. {@link JvmJson} uses it to match the browser.
 */
final class JavaScriptJson {

    /** The largest array index, 2^32 - 2, as ECMAScript defines it. */
    private static final long MAX_ARRAY_INDEX = 4294967294L;

    private JavaScriptJson() {
    }

    /**
     * Returns the member names of {@code object} in JavaScript's order: array indices
     * ascending, then the other names in the order of their first occurrence, each once.
     */
    static List<String> keys(JsonObject object) {
        Set<String> unique = new LinkedHashSet<>(object.names());
        List<String> indices = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String name : unique) {
            (isArrayIndex(name) ? indices : others).add(name);
        }
        indices.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        indices.addAll(others);
        return indices;
    }

    /** Returns {@code value} written as {@code JSON.stringify} writes the same value. */
    static String stringify(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, JsonValue value) {
        if (value.isObject()) {
            JsonObject object = value.asObject();
            out.append('{');
            boolean first = true;
            for (String name : keys(object)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, name);
                out.append(':');
                write(out, object.get(name));
            }
            out.append('}');
        } else if (value.isArray()) {
            JsonArray array = value.asArray();
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, array.get(i));
            }
            out.append(']');
        } else if (value.isString()) {
            writeString(out, value.asString());
        } else if (value.isNumber()) {
            out.append(numberToString(value.asDouble()));
        } else {
            out.append(value.toString());
        }
    }

    /** Writes a quoted string with the escapes of ECMAScript's QuoteJSONString. */
    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\b') {
                out.append("\\b");
            } else if (c == '\f') {
                out.append("\\f");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || isLoneSurrogate(text, i)) {
                out.append("\\u").append(String.format("%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * Returns {@code x} as ECMAScript's Number::toString writes it, with the shortest
     * digits that read back as {@code x}. Infinite values give {@code null}, as in
     * {@code JSON.stringify}.
     *
     * <p>NOTE: the digits are the nearest decimal of each length, tried from 1 to 17.
     * Next to a power of two, a farther decimal of the same length can read back where
     * the nearest does not, and ECMAScript would then take the shorter one.
     */
    static String numberToString(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "null";
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + numberToString(-x);
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == x) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();

        StringBuilder out = new StringBuilder();
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = 0; i < n - k; i++) {
                out.append('0');
            }
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = 0; i < -n; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    private static boolean isArrayIndex(String name) {
        int length = name.length();
        if (length == 0 || length > 10 || (length > 1 && name.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(name) <= MAX_ARRAY_INDEX;
    }
}
