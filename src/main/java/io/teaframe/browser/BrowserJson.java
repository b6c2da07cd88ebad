package io.teaframe.browser;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonReadException;
import io.teaframe.json.JsonSyntaxException;
import io.teaframe.json.JsonType;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The {@link JsonParser} of the browser: the native {@code JSON.parse}, with each value
 * of the result wrapped on access and never copied.
 *
 * <p>A value's path is built only when a message needs it, so reading a member costs one
 * property lookup and one small wrapper object.
 */
public final class BrowserJson implements JsonParser {

    /** The one instance, which has no state. */
    public static final BrowserJson PARSER = new BrowserJson();

    // Type codes returned by typeCode(), in the order of JsonType.
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

    @Override
    public Json parse(String text) {
        JSObject result = parseOrMessage(text);
        if (parseFailed(result)) {
            throw new JsonSyntaxException(failureMessage(result));
        }
        JSObject value = parsedValue(result);
        return new Node(value, typeCode(value), null, null, -1);
    }

    /** One value of the parsed tree, and where it sits, for the path in error messages. */
    private static final class Node implements Json {

        private final JSObject value;
        private final int type;
        private final Node parent;
        /** The member name under the parent object, or null for an array element or the root. */
        private final String member;
        /** The index in the parent array, or -1. */
        private final int index;

        Node(JSObject value, int type, Node parent, String member, int index) {
            this.value = value;
            this.type = type;
            this.parent = parent;
            this.member = member;
            this.index = index;
        }

        @Override
        public JsonType type() {
            return TYPES[type];
        }

        @Override
        public String path() {
            if (parent == null) {
                return "$";
            }
            return member != null ? parent.path() + "." + member : parent.path() + "[" + index + "]";
        }

        @Override
        public Json get(String name) {
            require(OBJECT);
            if (!hasOwn(value, name)) {
                return new Node(null, MISSING, this, name, -1);
            }
            JSObject child = memberOf(value, name);
            return new Node(child, typeCode(child), this, name, -1);
        }

        @Override
        public Json at(int position) {
            require(ARRAY);
            if (position < 0 || position >= length(value)) {
                return new Node(null, MISSING, this, null, position);
            }
            JSObject child = elementOf(value, position);
            return new Node(child, typeCode(child), this, null, position);
        }

        @Override
        public int size() {
            if (type == ARRAY) {
                return length(value);
            }
            require(OBJECT);
            return keyCount(value);
        }

        @Override
        public List<String> names() {
            require(OBJECT);
            String[] keys = keys(value);
            List<String> names = new ArrayList<>(keys.length);
            for (String key : keys) {
                names.add(key);
            }
            return names;
        }

        @Override
        public String asString() {
            require(STRING);
            return stringOf(value);
        }

        @Override
        public double asDouble() {
            require(NUMBER);
            return numberOf(value);
        }

        @Override
        public boolean asBoolean() {
            require(BOOLEAN);
            return booleanOf(value);
        }

        @Override
        public String toJson() {
            if (type == MISSING) {
                throw new JsonReadException(path(), "a missing member has no JSON text");
            }
            return stringify(value);
        }

        @Override
        public String toString() {
            return type == MISSING ? path() + " (missing)" : stringify(value);
        }

        private void require(int expected) {
            if (type != expected) {
                throw JsonReadException.wrongType(path(), TYPES[expected], TYPES[type]);
            }
        }
    }

    /** Returns {@code {v: value}} on success, or {@code {e: message}} when the text is not JSON. */
    @JSBody(params = "text", script = "try { return {v: JSON.parse(text)}; }"
            + " catch (e) { return {e: String(e && e.message ? e.message : e)}; }")
    private static native JSObject parseOrMessage(String text);

    @JSBody(params = "result", script = "return 'e' in result;")
    private static native boolean parseFailed(JSObject result);

    @JSBody(params = "result", script = "return result.e;")
    private static native String failureMessage(JSObject result);

    @JSBody(params = "result", script = "return result.v;")
    private static native JSObject parsedValue(JSObject result);

    @JSBody(params = "value", script = "if (value === null) return 5;"
            + " switch (typeof value) {"
            + " case 'string': return 2; case 'number': return 3; case 'boolean': return 4;"
            + " case 'undefined': return 6; default: return Array.isArray(value) ? 1 : 0; }")
    private static native int typeCode(JSObject value);

    @JSBody(params = {"object", "name"}, script = "return Object.prototype.hasOwnProperty.call(object, name);")
    private static native boolean hasOwn(JSObject object, String name);

    @JSBody(params = {"object", "name"}, script = "return object[name];")
    private static native JSObject memberOf(JSObject object, String name);

    @JSBody(params = {"array", "index"}, script = "return array[index];")
    private static native JSObject elementOf(JSObject array, int index);

    @JSBody(params = "array", script = "return array.length;")
    private static native int length(JSObject array);

    @JSBody(params = "object", script = "return Object.keys(object).length;")
    private static native int keyCount(JSObject object);

    @JSBody(params = "object", script = "return Object.keys(object);")
    private static native String[] keys(JSObject object);

    @JSBody(params = "value", script = "return value;")
    private static native String stringOf(JSObject value);

    @JSBody(params = "value", script = "return value;")
    private static native double numberOf(JSObject value);

    @JSBody(params = "value", script = "return value;")
    private static native boolean booleanOf(JSObject value);

    @JSBody(params = "value", script = "return JSON.stringify(value);")
    private static native String stringify(JSObject value);
}
