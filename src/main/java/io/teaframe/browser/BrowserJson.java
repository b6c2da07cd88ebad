package io.teaframe.browser;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonReadException;
import io.teaframe.json.JsonSyntaxException;
import io.teaframe.json.JsonType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The JSON port of the browser: the native {@code JSON.parse}, with {@link Json} nodes
 * that wrap the parsed JavaScript values where they are.
 *
 * <p>Nothing is copied. A node contains one JavaScript value and its type, and is created
 * when the app navigates to it. Its path, such as {@code $.users[3].name}, is built only
 * when a message or {@link Json#path()} needs it. The readers {@link Json#string(String)},
 * {@link Json#integer(String)}, {@link Json#number(String)} and {@link Json#bool(String)}
 * read a member without creating a node for it, unless it has the wrong type.
 *
 * <p>Types, paths, {@code MISSING} values and exception messages are those of
 * {@code io.teaframe.testkit.JvmJson}, which follows the browser where JSON texts can
 * differ: an object keeps the last of repeated member names, {@link Json#names()} lists
 * integer-like names first in ascending order as JavaScript does, and
 * {@link Json#toJson()} is the output of {@code JSON.stringify}. Members inherited from
 * {@code Object.prototype}, such as {@code toString}, are missing. A shared list of cases
 * runs against both parsers in the e2e module.
 */
public final class BrowserJson implements JsonParser {

    /** The only instance; it has no state. */
    public static final BrowserJson PARSER = new BrowserJson();

    // Type codes, the ordinals of JsonType, returned by typeCode.
    private static final int OBJECT = 0;
    private static final int ARRAY = 1;
    private static final int STRING = 2;
    private static final int NUMBER = 3;
    private static final int BOOLEAN = 4;
    private static final int NULL = 5;
    private static final int MISSING = 6;

    private static final JsonType[] TYPES = JsonType.values();

    private BrowserJson() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws JsonSyntaxException with the message of the browser's {@code SyntaxError}
     */
    @Override
    public Json parse(String text) {
        ParseResult result = parseNative(text);
        if (!result.isOk()) {
            throw new JsonSyntaxException(result.getMessage());
        }
        JSObject root = result.getValue();
        return new Node(root, typeCode(root), null, null, 0);
    }

    /** The result of {@code JSON.parse}: the value, or the message of its {@code SyntaxError}. */
    interface ParseResult extends JSObject {

        @JSProperty
        boolean isOk();

        @JSProperty
        JSObject getValue();

        @JSProperty
        String getMessage();
    }

    /**
     * One value and where it sits: its parent and its member name or index. The root has
     * no parent.
     */
    private static final class Node implements Json {

        private final JSObject value;
        private final int type;
        private final Node parent;

        /** The member name under the parent object, or null for an element or the root. */
        private final String name;

        /** The index in the parent array, when {@link #name} is null and there is a parent. */
        private final int index;

        /** The path, built on first use. */
        private String path;

        Node(JSObject value, int type, Node parent, String name, int index) {
            this.value = value;
            this.type = type;
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        @Override
        public JsonType type() {
            return TYPES[type];
        }

        @Override
        public String path() {
            if (path == null) {
                if (parent == null) {
                    path = "$";
                } else if (name != null) {
                    path = parent.path() + "." + name;
                } else {
                    path = parent.path() + "[" + index + "]";
                }
            }
            return path;
        }

        @Override
        public Json get(String member) {
            require(OBJECT);
            JSObject child = ownMember(value, member);
            return new Node(child, typeCode(child), this, member, 0);
        }

        @Override
        public Json at(int position) {
            require(ARRAY);
            if (position < 0 || position >= arrayLength(value)) {
                return new Node(null, MISSING, this, null, position);
            }
            JSObject child = element(value, position);
            return new Node(child, typeCode(child), this, null, position);
        }

        @Override
        public int size() {
            if (type == ARRAY) {
                return arrayLength(value);
            }
            require(OBJECT);
            return keyCount(value);
        }

        @Override
        public List<String> names() {
            require(OBJECT);
            String[] keys = keysOf(value);
            List<String> result = new ArrayList<>(keys.length);
            for (String key : keys) {
                result.add(key);
            }
            return result;
        }

        @Override
        public String asString() {
            require(STRING);
            return asJavaString(value);
        }

        @Override
        public double asDouble() {
            require(NUMBER);
            return asNumber(value);
        }

        @Override
        public boolean asBoolean() {
            require(BOOLEAN);
            return asJavaBoolean(value);
        }

        @Override
        public String toJson() {
            if (type == MISSING) {
                throw new JsonReadException(path(), "a missing member has no JSON text");
            }
            return stringify(value);
        }

        @Override
        public String string(String member) {
            require(OBJECT);
            String text = stringMember(value, member);
            return text != null ? text : get(member).asString();
        }

        @Override
        public int integer(String member) {
            require(OBJECT);
            double number = numberMember(value, member);
            int whole = (int) number;
            // NaN, which no JSON text yields, marks a member that is not a number.
            return whole == number ? whole : get(member).asInt();
        }

        @Override
        public double number(String member) {
            require(OBJECT);
            double number = numberMember(value, member);
            return number == number ? number : get(member).asDouble();
        }

        @Override
        public boolean bool(String member) {
            require(OBJECT);
            int flag = booleanMember(value, member);
            return flag >= 0 ? flag == 1 : get(member).asBoolean();
        }

        /** {@inheritDoc} It reads the elements directly, without a bounds check per element. */
        @Override
        public <T> List<T> list(Function<? super Json, ? extends T> reader) {
            require(ARRAY);
            int size = arrayLength(value);
            List<T> result = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                JSObject child = element(value, i);
                result.add(reader.apply(new Node(child, typeCode(child), this, null, i)));
            }
            return result;
        }

        @Override
        public String toString() {
            return type == MISSING ? path() + " (missing)" : toJson();
        }

        private void require(int expected) {
            if (type != expected) {
                throw JsonReadException.wrongType(path(), TYPES[expected], TYPES[type]);
            }
        }
    }

    @JSBody(params = "text", script = "try { return { ok: true, value: JSON.parse(text) }; }"
            + " catch (e) { return { ok: false, message: String(e && e.message) }; }")
    private static native ParseResult parseNative(String text);

    @JSBody(params = "v", script = "var t = typeof v;"
            + " if (t === 'object') return v === null ? 5 : Array.isArray(v) ? 1 : 0;"
            + " return t === 'string' ? 2 : t === 'number' ? 3 : t === 'boolean' ? 4 : 6;")
    private static native int typeCode(JSObject value);

    /**
     * Returns the own member {@code key}, or undefined. {@code Object.prototype} has only
     * functions and the {@code __proto__} accessor, so only those two can be inherited,
     * and a function never comes from JSON.
     */
    @JSBody(params = {"o", "k"}, script = "var v = o[k];"
            + " return typeof v === 'function' || (k === '__proto__' && !Object.prototype.hasOwnProperty.call(o, k))"
            + " ? void 0 : v;")
    private static native JSObject ownMember(JSObject object, String key);

    // The three readers below need no own-property check, because Object.prototype has no
    // string, number or boolean members.
    // NOTE: a page script that adds such a member to Object.prototype would make it
    // readable here, where JvmJson reports it missing.

    /** Returns the member if it is a string, else null. */
    @JSBody(params = {"o", "k"}, script = "var v = o[k]; return typeof v === 'string' ? v : null;")
    private static native String stringMember(JSObject object, String key);

    /** Returns the member if it is a number, else NaN. */
    @JSBody(params = {"o", "k"}, script = "var v = o[k]; return typeof v === 'number' ? v : NaN;")
    private static native double numberMember(JSObject object, String key);

    /** Returns 1 or 0 if the member is a boolean, else -1. */
    @JSBody(params = {"o", "k"}, script = "var v = o[k]; return typeof v === 'boolean' ? (v ? 1 : 0) : -1;")
    private static native int booleanMember(JSObject object, String key);

    @JSBody(params = {"a", "i"}, script = "return a[i];")
    private static native JSObject element(JSObject array, int index);

    @JSBody(params = "a", script = "return a.length;")
    private static native int arrayLength(JSObject array);

    @JSBody(params = "o", script = "return Object.keys(o).length;")
    private static native int keyCount(JSObject object);

    @JSBody(params = "o", script = "return Object.keys(o);")
    private static native String[] keysOf(JSObject object);

    @JSBody(params = "v", script = "return v;")
    private static native String asJavaString(JSObject value);

    @JSBody(params = "v", script = "return v;")
    private static native double asNumber(JSObject value);

    @JSBody(params = "v", script = "return v;")
    private static native boolean asJavaBoolean(JSObject value);

    @JSBody(params = "v", script = "return JSON.stringify(v);")
    private static native String stringify(JSObject value);
}
