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
 *
 * <p>A transport can hand over response headers as a {@link Source} with
 * {@link #of(Source)}. Then {@link #first} and {@link #contains} ask the source for one
 * field, and the other methods copy all fields from it once, on first use.
 */
public final class Headers {

    /** Headers without any field. */
    public static final Headers EMPTY = new Headers(new String[0]);

    private static final String[] SENSITIVE = {
        "authorization", "proxy-authorization", "cookie", "set-cookie", "x-csrf-token", "x-xsrf-token",
    };

    /**
     * Fields that a transport reads one at a time, such as the browser's {@code Headers}
     * object of a {@code fetch} response. In Chromium 156, listing the four fields of a
     * small response took about 3 microseconds and reading one about 0.3. The HTTP effect
     * itself reads only {@code Content-Type}, and {@code Retry-After} and {@code Date}
     * after a failure.
     */
    public interface Source {

        /**
         * Returns the value of the field named {@code name} in any case, which must be
         * the value {@link #list()} gives that name, or null when there is none.
         */
        String get(String name);

        /**
         * Returns every field: a name, its value, the next name and so on. Each name
         * occurs once, because the source joins repeated fields into one value.
         */
        String[] list();
    }

    /** Names at even indices, values at odd ones; null until copied from {@link #source}. */
    private String[] pairs;

    /** The fields not yet copied into {@link #pairs}, or null. */
    private Source source;

    private Headers(String[] pairs) {
        this.pairs = pairs;
    }

    private Headers(Source source) {
        this.source = source;
    }

    /** Returns headers holding {@code namesAndValues}: a name, its value, the next name, and so on. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of needs pairs of a name and a value");
        }
        String[] pairs = new String[namesAndValues.length];
        for (int i = 0; i < pairs.length; i += 2) {
            requireName(namesAndValues[i]);
            pairs[i] = namesAndValues[i];
            pairs[i + 1] = Objects.requireNonNull(namesAndValues[i + 1], "value");
        }
        return new Headers(pairs);
    }

    /** Returns headers whose fields {@code source} contains; see {@link Source}. */
    public static Headers of(Source source) {
        return new Headers(Objects.requireNonNull(source, "source"));
    }

    /** Returns these headers with one more field, after the others. */
    public Headers add(String name, String value) {
        requireName(name);
        Objects.requireNonNull(value, "value");
        String[] fields = pairs();
        String[] copy = new String[fields.length + 2];
        System.arraycopy(fields, 0, copy, 0, fields.length);
        copy[fields.length] = name;
        copy[fields.length + 1] = value;
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
        String[] fields = pairs();
        String[] kept = new String[fields.length];
        int size = 0;
        for (int i = 0; i < fields.length; i += 2) {
            if (!namesEqual(fields[i], name)) {
                kept[size++] = fields[i];
                kept[size++] = fields[i + 1];
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
        if (pairs == null) {
            return name == null ? null : source.get(name);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (namesEqual(pairs[i], name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** Returns the values of every field named {@code name}, in order. */
    public List<String> all(String name) {
        String[] fields = pairs();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (namesEqual(fields[i], name)) {
                values.add(fields[i + 1]);
            }
        }
        return values;
    }

    /** The number of fields. */
    public int size() {
        return pairs().length / 2;
    }

    /** The name of field {@code index}, as it was given. */
    public String name(int index) {
        return pairs()[index * 2];
    }

    /** The value of field {@code index}. */
    public String value(int index) {
        return pairs()[index * 2 + 1];
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
        String[] fields = pairs();
        String[] theirs = ((Headers) other).pairs();
        if (theirs.length != fields.length) {
            return false;
        }
        for (int i = 0; i < fields.length; i += 2) {
            if (!namesEqual(fields[i], theirs[i]) || !fields[i + 1].equals(theirs[i + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        String[] fields = pairs();
        int hash = 1;
        for (int i = 0; i < fields.length; i += 2) {
            hash = 31 * hash + fields[i].toLowerCase().hashCode();
            hash = 31 * hash + fields[i + 1].hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        String[] fields = pairs();
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < fields.length; i += 2) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(fields[i]).append(": ").append(isSensitive(fields[i]) ? "<redacted>" : fields[i + 1]);
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

    /** Returns the fields, copying them from the source on the first call. */
    private String[] pairs() {
        if (pairs == null) {
            String[] listed = source.list();
            if (listed.length % 2 != 0) {
                throw new IllegalStateException("a header source listed a name without a value");
            }
            for (int i = 0; i < listed.length; i += 2) {
                requireName(listed[i]);
                Objects.requireNonNull(listed[i + 1], "value");
            }
            pairs = listed;
            source = null;
        }
        return pairs;
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
