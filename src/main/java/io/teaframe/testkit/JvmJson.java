package io.teaframe.testkit;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonReadException;
import io.teaframe.json.JsonSyntaxException;
import io.teaframe.json.JsonType;
import java.util.List;

/**
 * The JSON port on the JVM, through minimal-json. The browser uses
 * {@code io.teaframe.browser.BrowserJson} instead, which calls {@code JSON.parse}; the
 * reading API is the same.
 *
 * <p>Where a JSON text leaves room, this parser follows the browser, so a test on the JVM
 * reads the same values as the app in the browser. An object keeps the last value of a repeated
 * member name, and counts and lists the name once. {@link Json#names()} lists
 * integer-like names (array indices such as {@code "2"}, not {@code "02"}) first in
 * ascending order, then the others in the order of the text, as JavaScript orders an
 * object's keys. {@link Json#toJson()} writes what {@code JSON.stringify} writes: numbers
 * in JavaScript's shortest form ({@code 1.0} as {@code 1}, {@code 1e21} as
 * {@code 1e+21}), infinite numbers as {@code null}, and the same string escapes.
 */
public final class JvmJson implements JsonParser {

    /** The one instance; it holds no state. */
    public static final JvmJson PARSER = new JvmJson();

    private JvmJson() {
    }

    @Override
    public Json parse(String text) {
        JsonValue root;
        try {
            root = com.eclipsesource.json.Json.parse(text);
        } catch (ParseException e) {
            throw new JsonSyntaxException(e.getMessage());
        }
        return new Node(root, "$");
    }

    /** One value of the tree with its path; a null value stands for a missing member. */
    private static final class Node implements Json {

        private final JsonValue value;
        private final String path;

        Node(JsonValue value, String path) {
            this.value = value;
            this.path = path;
        }

        @Override
        public JsonType type() {
            if (value == null) {
                return JsonType.MISSING;
            }
            if (value.isObject()) {
                return JsonType.OBJECT;
            }
            if (value.isArray()) {
                return JsonType.ARRAY;
            }
            if (value.isString()) {
                return JsonType.STRING;
            }
            if (value.isNumber()) {
                return JsonType.NUMBER;
            }
            if (value.isBoolean()) {
                return JsonType.BOOLEAN;
            }
            return JsonType.NULL;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public Json get(String name) {
            return new Node(object().get(name), path + "." + name);
        }

        @Override
        public Json at(int index) {
            JsonArray array = array();
            JsonValue element = index >= 0 && index < array.size() ? array.get(index) : null;
            return new Node(element, path + "[" + index + "]");
        }

        @Override
        public int size() {
            if (value != null && value.isArray()) {
                return value.asArray().size();
            }
            return JavaScriptJson.keys(object()).size();
        }

        @Override
        public List<String> names() {
            return List.copyOf(JavaScriptJson.keys(object()));
        }

        @Override
        public String asString() {
            require(JsonType.STRING);
            return value.asString();
        }

        @Override
        public double asDouble() {
            require(JsonType.NUMBER);
            return value.asDouble();
        }

        @Override
        public boolean asBoolean() {
            require(JsonType.BOOLEAN);
            return value.asBoolean();
        }

        @Override
        public String toJson() {
            if (value == null) {
                throw new JsonReadException(path, "a missing member has no JSON text");
            }
            return JavaScriptJson.stringify(value);
        }

        @Override
        public String toString() {
            return value == null ? path + " (missing)" : toJson();
        }

        private JsonObject object() {
            require(JsonType.OBJECT);
            return value.asObject();
        }

        private JsonArray array() {
            require(JsonType.ARRAY);
            return value.asArray();
        }

        private void require(JsonType expected) {
            JsonType actual = type();
            if (actual != expected) {
                throw JsonReadException.wrongType(path, expected, actual);
            }
        }
    }
}
