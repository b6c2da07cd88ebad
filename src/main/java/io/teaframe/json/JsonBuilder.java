package io.teaframe.json;

import java.util.Objects;

/**
 * Writes a JSON text, for request bodies. It is plain Java, so it runs the same on the
 * JVM and in the browser, and strings are escaped as RFC 8259 requires.
 *
 * <pre>{@code
 * String body = JsonBuilder.object()
 *         .put("name", "Ada")
 *         .put("age", 36)
 *         .put("tags", JsonBuilder.array().add("math").add("engines"))
 *         .toJson();   // {"name":"Ada","age":36,"tags":["math","engines"]}
 * }</pre>
 *
 * <p>A builder is either an object or an array and appends to its text as members or
 * elements are added, so it is mutable: build one body with it and then drop it.
 * Members appear in the order they were added. The builder does not check for
 * repeated member names.
 */
public final class JsonBuilder {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** 2^53: above it, not every whole number has an exact {@code double}. */
    private static final double MAX_EXACT_INTEGER = 9007199254740992.0;

    private final StringBuilder text = new StringBuilder();
    private final boolean isObject;
    private boolean empty = true;

    private JsonBuilder(boolean isObject) {
        this.isObject = isObject;
        text.append(isObject ? '{' : '[');
    }

    /** Returns a builder for an empty object. */
    public static JsonBuilder object() {
        return new JsonBuilder(true);
    }

    /** Returns a builder for an empty array. */
    public static JsonBuilder array() {
        return new JsonBuilder(false);
    }

    /** Returns {@code value} as a JSON string literal, quotes included. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendString(out, value);
        return out.toString();
    }

    // ---------------------------------------------------------------- object members

    /** Adds a string member; a null value is written as {@code null}. */
    public JsonBuilder put(String name, String value) {
        member(name);
        appendStringOrNull(value);
        return this;
    }

    public JsonBuilder put(String name, int value) {
        member(name);
        text.append(value);
        return this;
    }

    /**
     * Adds a number member. Whole numbers up to 2^53 are written without a fraction;
     * other numbers go through {@code Double.toString}, which TeaVM compiles to about
     * 35 KB of JavaScript, so an app that only sends whole numbers should use the
     * {@code int} overload.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON
     *     cannot express
     */
    public JsonBuilder put(String name, double value) {
        member(name);
        appendNumber(value);
        return this;
    }

    public JsonBuilder put(String name, boolean value) {
        member(name);
        text.append(value ? "true" : "false");
        return this;
    }

    /** Adds a member whose value is the object or array that {@code value} contains so far. */
    public JsonBuilder put(String name, JsonBuilder value) {
        member(name);
        appendBuilderOrNull(value);
        return this;
    }

    public JsonBuilder putNull(String name) {
        member(name);
        text.append("null");
        return this;
    }

    /**
     * Adds a member whose value is {@code json}, a JSON text written as it is, for
     * example one read from a response with {@link Json#toJson()}. The caller vouches
     * that it is valid JSON.
     */
    public JsonBuilder putRaw(String name, String json) {
        member(name);
        text.append(Objects.requireNonNull(json, "json"));
        return this;
    }

    // ---------------------------------------------------------------- array elements

    /** Adds a string element; a null value is written as {@code null}. */
    public JsonBuilder add(String value) {
        element();
        appendStringOrNull(value);
        return this;
    }

    public JsonBuilder add(int value) {
        element();
        text.append(value);
        return this;
    }

    /** Adds a number element, written as {@link #put(String, double)} describes. */
    public JsonBuilder add(double value) {
        element();
        appendNumber(value);
        return this;
    }

    public JsonBuilder add(boolean value) {
        element();
        text.append(value ? "true" : "false");
        return this;
    }

    public JsonBuilder add(JsonBuilder value) {
        element();
        appendBuilderOrNull(value);
        return this;
    }

    public JsonBuilder addNull() {
        element();
        text.append("null");
        return this;
    }

    // ---------------------------------------------------------------- output

    /** Returns the JSON text of this object or array as built so far. */
    public String toJson() {
        return text.toString() + (isObject ? '}' : ']');
    }

    @Override
    public String toString() {
        return toJson();
    }

    private void member(String name) {
        if (!isObject) {
            throw new IllegalStateException("put adds object members; use add on an array");
        }
        Objects.requireNonNull(name, "name");
        separate();
        appendString(text, name);
        text.append(':');
    }

    private void element() {
        if (isObject) {
            throw new IllegalStateException("add appends array elements; use put on an object");
        }
        separate();
    }

    private void separate() {
        if (!empty) {
            text.append(',');
        }
        empty = false;
    }

    private void appendStringOrNull(String value) {
        if (value == null) {
            text.append("null");
        } else {
            appendString(text, value);
        }
    }

    private void appendBuilderOrNull(JsonBuilder value) {
        if (value == this) {
            throw new IllegalArgumentException("a JSON builder cannot contain itself");
        }
        text.append(value == null ? "null" : value.toJson());
    }

    private void appendNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no NaN or infinite numbers");
        }
        if (value == Math.rint(value) && Math.abs(value) <= MAX_EXACT_INTEGER) {
            // Whole numbers skip Double.toString, which would write "3.0".
            if (value == 0 && 1 / value < 0) {
                text.append("-0");
            } else if (Math.abs(value) <= Integer.MAX_VALUE) {
                text.append((int) value);
            } else {
                text.append((long) value);
            }
        } else {
            text.append(Double.toString(value));
        }
    }

    /**
     * Appends {@code value} in quotes. RFC 8259 requires escaping the quote, the
     * backslash and U+0000 to U+001F. U+2028 and U+2029 are escaped as well, because
     * JavaScript before ES2019 did not allow them in string literals and the text may
     * end up inside a script.
     */
    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\b') {
                out.append("\\b");
            } else if (c == '\f') {
                out.append("\\f");
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
