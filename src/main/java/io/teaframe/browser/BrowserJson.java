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
 * <p>Nothing is copied. A node contains one JavaScript value, and is created when the app
 * navigates to it. Its type is computed on first use, and its path, such as
 * {@code $.users[3].name}, only when a message or {@link Json#path()} needs it. The
 * readers {@link Json#string(String)}, {@link Json#integer(String)},
 * {@link Json#number(String)} and {@link Json#bool(String)} read a member without
 * creating a node for it, unless it has the wrong type. {@link Json#list(String, Function)}
 * creates no node for the array, only one per element, and collects the results in a
 * JavaScript array ({@link JsArrayList}).
 *
 * <p>Types, paths, {@code MISSING} values and exception messages are those of
 * {@code io.teaframe.testkit.JvmJson}, which follows the browser where JSON texts can
 * differ: an object keeps the last of repeated member names, {@link Json#names()} lists
 * integer-like names first in ascending order as JavaScript does, and
 * {@link Json#toJson()} is the output of {@code JSON.stringify}. Members inherited from
 * {@code Object.prototype}, such as {@code toString}, are missing. A shared list of cases
 * runs against both parsers in the e2e module.
 *
 * <p>Speed: these methods run once per value of a large response, so their fast paths
 * are kept small. TeaVM 0.16 copies a {@code @JSBody} script into its caller when the
 * script is one {@code return} of a small expression that uses each parameter at most
 * once. With optimization level FULL, TeaVM also copies the member readers into the app's
 * code, so {@code member(o, k)} becomes {@code o["name"]} there, with an inline cache of
 * its own in V8. A shared function with {@code o[k]} sees every member name and falls back
 * to V8's generic property lookup. The failure paths build their exceptions in
 * {@link Node#readFailure}, which is too large for TeaVM to copy into its callers.
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

    /** The type of a node whose type was not computed yet. */
    private static final int UNKNOWN = -1;

    /** The expected type of a failed read as {@code int}: a whole number in range. */
    private static final int WHOLE_NUMBER = 7;

    /** The index of a member node, which is no array element. */
    private static final int NO_INDEX = -1;

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
        return new Node(result.getValue(), UNKNOWN, null, null, NO_INDEX);
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
     * One value and where it sits: its parent, and its member name, its index or both. A
     * node with both is an element of the array in member {@code name} of the parent, as
     * {@link #list(String, Function)} creates them. The root has no parent.
     */
    private static final class Node implements Json {

        private final JSObject value;

        /** A type code, or {@link #UNKNOWN} until {@link #kind()} computes it. */
        private int type;

        private final Node parent;

        /** The member name under the parent object, or null. */
        private final String name;

        /**
         * The index in the parent array when {@link #name} is null, which may be out of
         * range for a missing element. Otherwise the index in the array member
         * {@link #name}, or {@link #NO_INDEX} for the member itself.
         */
        private final int index;

        Node(JSObject value, int type, Node parent, String name, int index) {
            this.value = value;
            this.type = type;
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        @Override
        public JsonType type() {
            return TYPES[kind()];
        }

        @Override
        public String path() {
            if (parent == null) {
                return "$";
            }
            String path = parent.path();
            if (name == null) {
                return path + "[" + index + "]";
            }
            path = path + "." + name;
            return index == NO_INDEX ? path : path + "[" + index + "]";
        }

        @Override
        public Json get(String member) {
            require(OBJECT);
            if (isProtoKey(member) && !hasOwn(value, member)) {
                return new Node(null, MISSING, this, member, NO_INDEX);
            }
            return new Node(member(value, member), UNKNOWN, this, member, NO_INDEX);
        }

        @Override
        public Json at(int position) {
            require(ARRAY);
            if (position < 0 || position >= arrayLength(value)) {
                return new Node(null, MISSING, this, null, position);
            }
            return new Node(element(value, position), UNKNOWN, this, null, position);
        }

        @Override
        public int size() {
            if (kind() == ARRAY) {
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
            if (isString(value)) {
                return asJavaString(value);
            }
            throw readFailure(null, STRING);
        }

        @Override
        public double asDouble() {
            if (isNumber(value)) {
                return asNumber(value);
            }
            throw readFailure(null, NUMBER);
        }

        @Override
        public int asInt() {
            if (isNumber(value)) {
                double number = asNumber(value);
                int whole = (int) number;
                if (whole == number) {
                    return whole;
                }
            }
            throw readFailure(null, WHOLE_NUMBER);
        }

        @Override
        public boolean asBoolean() {
            if (isBoolean(value)) {
                return asJavaBoolean(value);
            }
            throw readFailure(null, BOOLEAN);
        }

        @Override
        public String toJson() {
            if (kind() == MISSING) {
                throw new JsonReadException(path(), "a missing member has no JSON text");
            }
            return stringify(value);
        }

        // The member readers below need no own-property check, because Object.prototype
        // has no string, number or boolean members.
        // NOTE: a page script that adds such a member to Object.prototype would make it
        // readable here, where JvmJson reports it missing.

        @Override
        public String string(String member) {
            require(OBJECT);
            JSObject child = member(value, member);
            if (isString(child)) {
                return asJavaString(child);
            }
            throw readFailure(member, STRING);
        }

        @Override
        public int integer(String member) {
            require(OBJECT);
            JSObject child = member(value, member);
            if (isNumber(child)) {
                double number = asNumber(child);
                int whole = (int) number;
                if (whole == number) {
                    return whole;
                }
            }
            throw readFailure(member, WHOLE_NUMBER);
        }

        @Override
        public double number(String member) {
            require(OBJECT);
            JSObject child = member(value, member);
            if (isNumber(child)) {
                return asNumber(child);
            }
            throw readFailure(member, NUMBER);
        }

        @Override
        public boolean bool(String member) {
            require(OBJECT);
            JSObject child = member(value, member);
            if (isBoolean(child)) {
                return asJavaBoolean(child);
            }
            throw readFailure(member, BOOLEAN);
        }

        @Override
        public <T> List<T> list(Function<? super Json, ? extends T> reader) {
            require(ARRAY);
            return mapElements(value, null, reader);
        }

        /** {@inheritDoc} It creates no node for the array itself. */
        @Override
        public <T> List<T> list(String member, Function<? super Json, ? extends T> reader) {
            require(OBJECT);
            JSObject array = member(value, member);
            if (!isArray(array) || isProtoKey(member)) {
                // get reports a value that is no array. It also reads an own __proto__
                // member, which member() cannot tell apart from the inherited accessor.
                return get(member).list(reader);
            }
            return mapElements(array, member, reader);
        }

        /**
         * Applies {@code reader} to each element of {@code array}, which is this node's value
         * when {@code member} is null and its member {@code member} otherwise.
         */
        private <T> List<T> mapElements(JSObject array, String member, Function<? super Json, ? extends T> reader) {
            int size = arrayLength(array);
            JSObject results = JsArrayList.newArray(size);
            for (int i = 0; i < size; i++) {
                T result = reader.apply(new Node(element(array, i), UNKNOWN, this, member, i));
                // The cast passes a Java object through unchanged (see setElement).
                JsArrayList.setElement(results, i, (JSObject) result);
            }
            return new JsArrayList<>(results);
        }

        @Override
        public String toString() {
            return kind() == MISSING ? path() + " (missing)" : toJson();
        }

        private int kind() {
            int known = type;
            if (known == UNKNOWN) {
                known = typeCode(value);
                type = known;
            }
            return known;
        }

        private void require(int expected) {
            if (kind() != expected) {
                throw readFailure(null, expected);
            }
        }

        /**
         * Returns the exception for a read as type {@code expected} that failed, of this
         * value when {@code member} is null and of its member {@code member} otherwise.
         */
        private JsonReadException readFailure(String member, int expected) {
            Node target = member == null ? this : (Node) get(member);
            int found = target.kind();
            if (expected == WHOLE_NUMBER) {
                if (found == NUMBER) {
                    return new JsonReadException(target.path(), "expected an int, found " + target.toJson());
                }
                expected = NUMBER;
            }
            return JsonReadException.wrongType(target.path(), TYPES[expected], TYPES[found]);
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
     * Returns member {@code key}, own or inherited, or undefined. Of the inherited members,
     * the functions of {@code Object.prototype} have type code 6 (missing), so only the
     * {@code __proto__} accessor needs {@link #hasOwn}.
     */
    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native JSObject member(JSObject object, String key);

    @JSBody(params = "k", script = "return k === '__proto__';")
    private static native boolean isProtoKey(String key);

    @JSBody(params = {"o", "k"}, script = "return Object.prototype.hasOwnProperty.call(o, k);")
    private static native boolean hasOwn(JSObject object, String key);

    @JSBody(params = "v", script = "return typeof v === 'string';")
    private static native boolean isString(JSObject value);

    @JSBody(params = "v", script = "return typeof v === 'number';")
    private static native boolean isNumber(JSObject value);

    @JSBody(params = "v", script = "return typeof v === 'boolean';")
    private static native boolean isBoolean(JSObject value);

    @JSBody(params = "v", script = "return Array.isArray(v);")
    private static native boolean isArray(JSObject value);

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
