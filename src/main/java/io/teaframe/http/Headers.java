package io.teaframe.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * HTTP header fields: an immutable list of name and value pairs in the order they were
 * added. Names compare without regard to case, as HTTP defines them; a name may repeat.
 *
 * <p>{@link #toString()} shows credentials such as {@code Authorization} and
 * {@code Cookie} as {@code <redacted>}, so logging a request or a failure never prints
 * a token.
 */
public final class Headers {

    /** Headers without any field. */
    public static final Headers EMPTY = new Headers(new String[0]);

    private static final String[] SENSITIVE = {
        "authorization", "proxy-authorization", "cookie", "set-cookie", "x-csrf-token", "x-xsrf-token",
    };

    /** Names at even indices, values at odd ones. */
    private final String[] pairs;

    private Headers(String[] pairs) {
        this.pairs = pairs;
    }

    /** Returns headers holding {@code namesAndValues}: a name, its value, the next name, and so on. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of needs pairs of a name and a value");
        }
        Headers headers = EMPTY;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers = headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    /** Returns these headers with one more field, after the others. */
    public Headers add(String name, String value) {
        requireName(name);
        Objects.requireNonNull(value, "value");
        String[] copy = new String[pairs.length + 2];
        System.arraycopy(pairs, 0, copy, 0, pairs.length);
        copy[pairs.length] = name;
        copy[pairs.length + 1] = value;
        return new Headers(copy);
    }

    /** Returns these headers with every field named {@code name} replaced by one with {@code value}. */
    public Headers set(String name, String value) {
        return remove(name).add(name, value);
    }

    /** Returns these headers without the fields named {@code name}. */
    public Headers remove(String name) {
        if (!contains(name)) {
            return this;
        }
        String[] kept = new String[pairs.length];
        int size = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (!namesEqual(pairs[i], name)) {
                kept[size++] = pairs[i];
                kept[size++] = pairs[i + 1];
            }
        }
        String[] exact = new String[size];
        System.arraycopy(kept, 0, exact, 0, size);
        return new Headers(exact);
    }

    public boolean contains(String name) {
        return first(name) != null;
    }

    /** Returns the value of the first field named {@code name}, or null. */
    public String first(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (namesEqual(pairs[i], name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** Returns the values of every field named {@code name}, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (namesEqual(pairs[i], name)) {
                values.add(pairs[i + 1]);
            }
        }
        return values;
    }

    /** The number of fields. */
    public int size() {
        return pairs.length / 2;
    }

    /** The name of field {@code index}, as it was given. */
    public String name(int index) {
        return pairs[index * 2];
    }

    /** The value of field {@code index}. */
    public String value(int index) {
        return pairs[index * 2 + 1];
    }

    /** Whether a field with this name carries a credential, which logs must not show. */
    public static boolean isSensitive(String name) {
        for (String sensitive : SENSITIVE) {
            if (namesEqual(sensitive, name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Headers)) {
            return false;
        }
        String[] theirs = ((Headers) other).pairs;
        if (theirs.length != pairs.length) {
            return false;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (!namesEqual(pairs[i], theirs[i]) || !pairs[i + 1].equals(theirs[i + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < pairs.length; i += 2) {
            hash = 31 * hash + pairs[i].toLowerCase().hashCode();
            hash = 31 * hash + pairs[i + 1].hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(pairs[i]).append(": ").append(isSensitive(pairs[i]) ? "<redacted>" : pairs[i + 1]);
        }
        return text.append('}').toString();
    }

    /**
     * Returns true if two field names are equal ignoring the case of ASCII letters, as
     * HTTP compares them, and false if {@code b} is null. Written out because {@code String.equalsIgnoreCase} brings
     * TeaVM's Unicode case tables into the app.
     */
    public static boolean namesEqual(String a, String b) {
        if (b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lowerAscii(a.charAt(i)) != lowerAscii(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a header name cannot be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || c == ':') {
                throw new IllegalArgumentException("not a valid header name: " + name);
            }
        }
    }
}
