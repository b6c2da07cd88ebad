package io.teaframe.e2e.json;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import io.teaframe.json.JsonReadException;
import io.teaframe.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.function.Function;

/**
 * JSON reading cases that every {@link JsonParser} must pass with the same results: a
 * JUnit test runs them against {@code JvmJson} on the JVM, and a browser scenario
 * against {@code BrowserJson}.
 *
 * <p>Each case parses a text, applies a probe to the result and compares what the probe
 * returns, as a string, with the expected string. A {@link JsonReadException} becomes
 * {@code "JsonReadException: <message>"}. A {@link JsonSyntaxException} becomes
 * {@code "JsonSyntaxException"} without its message, because each parser words its
 * own syntax errors.
 */
public final class JsonCases {

    /** What a case expects when parsing fails. */
    public static final String SYNTAX_ERROR = "JsonSyntaxException";

    /**
     * One case.
     *
     * @param name a short description, unique in the list
     * @param text the JSON text to parse
     * @param probe what to read from the parsed value
     * @param expected the probe's result, or the exception text
     */
    public record Case(String name, String text, Function<Json, Object> probe, String expected) {

        /** Runs the case with {@code parser} and returns what it produced, in the form of {@link #expected}. */
        public String run(JsonParser parser) {
            try {
                return String.valueOf(probe.apply(parser.parse(text)));
            } catch (JsonReadException e) {
                return "JsonReadException: " + e.getMessage();
            } catch (JsonSyntaxException e) {
                return SYNTAX_ERROR;
            }
        }
    }

    private JsonCases() {
    }

    /**
     * Runs every case with {@code parser} and returns one line per case whose result
     * differs from the expected one; an empty list when all pass.
     */
    public static List<String> failures(JsonParser parser) {
        List<String> failures = new ArrayList<>();
        for (Case c : all()) {
            String actual;
            try {
                actual = c.run(parser);
            } catch (RuntimeException e) {
                actual = "unexpected " + e.getClass().getName() + ": " + e.getMessage();
            }
            if (!c.expected().equals(actual)) {
                failures.add(c.name() + ": expected <" + c.expected() + ">, got <" + actual + ">");
            }
        }
        return failures;
    }

    public static List<Case> all() {
        String users = "{\"users\":[{\"id\":1,\"name\":\"Ann\"},{\"id\":2,\"name\":\"Bob\",\"admin\":true},"
                + "{\"id\":3,\"name\":null},{\"id\":4.5,\"name\":\"Dee\",\"tags\":[\"a\",\"b\"]}]}";
        List<Case> cases = new ArrayList<>();

        // Types and values
        cases.add(new Case("root object type", users, Json::type, "OBJECT"));
        cases.add(new Case("root path", users, Json::path, "$"));
        cases.add(new Case("array type", "[1,2]", Json::type, "ARRAY"));
        cases.add(new Case("top-level string", "\"text\"", Json::asString, "text"));
        cases.add(new Case("top-level number", " 42 ", Json::asInt, "42"));
        cases.add(new Case("top-level true", "true", Json::asBoolean, "true"));
        cases.add(new Case("top-level null", "null", Json::type, "NULL"));
        cases.add(new Case("null is null", "null", Json::isNull, "true"));
        cases.add(new Case("string member", users, j -> j.get("users").at(1).string("name"), "Bob"));
        cases.add(new Case("integer member", users, j -> j.get("users").at(1).integer("id"), "2"));
        cases.add(new Case("number member", users, j -> j.get("users").at(3).number("id") == 4.5, "true"));
        cases.add(new Case("bool member", users, j -> j.get("users").at(1).bool("admin"), "true"));
        cases.add(new Case("false member", "{\"f\":false}", j -> j.bool("f"), "false"));
        cases.add(new Case("unicode escape", "\"\\u00e9\\ud83d\\ude00\"", j -> j.asString().equals("\u00e9\ud83d\ude00"),
                "true"));
        cases.add(new Case("negative zero as int", "-0", Json::asInt, "0"));
        cases.add(new Case("whole double as int", "42.0", Json::asInt, "42"));
        cases.add(new Case("exponent as int", "1e2", Json::asInt, "100"));
        cases.add(new Case("large integer as double", "9007199254740993",
                j -> j.asDouble() == 9007199254740992.0, "true"));
        cases.add(new Case("huge number is infinite", "1e400", j -> Double.isInfinite(j.asDouble()), "true"));

        // Paths and missing values
        cases.add(new Case("nested path", users, j -> j.get("users").at(3).get("name").path(), "$.users[3].name"));
        cases.add(new Case("missing member type", users, j -> j.get("nope").type(), "MISSING"));
        cases.add(new Case("missing member path", users, j -> j.get("nope").path(), "$.nope"));
        cases.add(new Case("index past end", users, j -> j.get("users").at(4).type(), "MISSING"));
        cases.add(new Case("index past end path", users, j -> j.get("users").at(4).path(), "$.users[4]"));
        cases.add(new Case("negative index", users, j -> j.get("users").at(-1).path() + " " + j.get("users").at(-1).type(),
                "$.users[-1] MISSING"));
        cases.add(new Case("has absent member", users, j -> j.has("nope"), "false"));
        cases.add(new Case("has null member", "{\"a\":null}", j -> j.has("a") + " " + j.get("a").isNull(), "true true"));
        cases.add(new Case("string fallback on null", users, j -> j.get("users").at(2).string("name", "none"), "none"));
        cases.add(new Case("string fallback on missing", users, j -> j.get("users").at(0).string("nick", "none"),
                "none"));
        cases.add(new Case("missing toString", users, j -> j.get("nope").toString(), "$.nope (missing)"));
        cases.add(new Case("member name with dot", "{\"a.b\":1}", j -> j.get("a.b").path() + "=" + j.integer("a.b"),
                "$.a.b=1"));
        cases.add(new Case("inherited toString missing", "{}", j -> j.get("toString").type(), "MISSING"));
        cases.add(new Case("inherited constructor missing", "{}", j -> j.has("constructor"), "false"));
        cases.add(new Case("inherited __proto__ missing", "{}", j -> j.get("__proto__").type(), "MISSING"));
        cases.add(new Case("own __proto__ member", "{\"__proto__\":{\"x\":1}}",
                j -> j.get("__proto__").integer("x") + " " + j.names(), "1 [__proto__]"));
        cases.add(new Case("own toString member", "{\"toString\":\"s\"}", j -> j.string("toString"), "s"));

        // Read errors and their messages
        cases.add(new Case("string read as number", users, j -> j.get("users").at(0).number("name"),
                "JsonReadException: $.users[0].name: expected NUMBER, found STRING"));
        cases.add(new Case("missing read as string", users, j -> j.get("users").at(0).string("nick"),
                "JsonReadException: $.users[0].nick: expected STRING, found MISSING"));
        cases.add(new Case("null read as string", users, j -> j.get("users").at(2).string("name"),
                "JsonReadException: $.users[2].name: expected STRING, found NULL"));
        cases.add(new Case("fraction read as int", users, j -> j.get("users").at(3).integer("id"),
                "JsonReadException: $.users[3].id: expected an int, found 4.5"));
        cases.add(new Case("beyond int range", "{\"n\":3000000000}", j -> j.integer("n"),
                "JsonReadException: $.n: expected an int, found 3000000000"));
        cases.add(new Case("infinite read as int", "[1e400]", j -> j.at(0).asInt(),
                "JsonReadException: $[0]: expected an int, found null"));
        cases.add(new Case("string read as bool", users, j -> j.get("users").at(0).bool("name"),
                "JsonReadException: $.users[0].name: expected BOOLEAN, found STRING"));
        cases.add(new Case("number read as bool", "[0]", j -> j.at(0).asBoolean(),
                "JsonReadException: $[0]: expected BOOLEAN, found NUMBER"));
        cases.add(new Case("get on array", users, j -> j.get("users").get("id"),
                "JsonReadException: $.users: expected OBJECT, found ARRAY"));
        cases.add(new Case("at on object", users, j -> j.at(0),
                "JsonReadException: $: expected ARRAY, found OBJECT"));
        cases.add(new Case("get below missing", users, j -> j.get("a").get("b"),
                "JsonReadException: $.a: expected OBJECT, found MISSING"));
        cases.add(new Case("size of string", "\"s\"", Json::size,
                "JsonReadException: $: expected OBJECT, found STRING"));
        cases.add(new Case("names of array", "[]", Json::names,
                "JsonReadException: $: expected OBJECT, found ARRAY"));
        cases.add(new Case("missing toJson", users, j -> j.get("m").toJson(),
                "JsonReadException: $.m: a missing member has no JSON text"));
        cases.add(new Case("asString on null", "null", Json::asString,
                "JsonReadException: $: expected STRING, found NULL"));

        // Sizes, names and lists
        cases.add(new Case("array size", users, j -> j.get("users").size(), "4"));
        cases.add(new Case("object size", users, j -> j.get("users").at(1).size(), "3"));
        cases.add(new Case("names in text order", users, j -> j.get("users").at(3).names(), "[id, name, tags]"));
        cases.add(new Case("integer-like names first", "{\"b\":1,\"2\":2,\"a\":3,\"1\":4,\"01\":5,\"-1\":6}",
                Json::names, "[1, 2, b, a, 01, -1]"));
        cases.add(new Case("repeated name keeps last", "{\"a\":1,\"b\":2,\"a\":3}",
                j -> j.integer("a") + " " + j.size() + " " + j.names(), "3 2 [a, b]"));
        cases.add(new Case("list of names", users, j -> j.list("users", u -> u.string("name", "?")),
                "[Ann, Bob, ?, Dee]"));
        cases.add(new Case("nested list", users, j -> j.get("users").at(3).list("tags", Json::asString), "[a, b]"));
        cases.add(new Case("list element error path", users, j -> j.list("users", u -> u.integer("id")),
                "JsonReadException: $.users[3].id: expected an int, found 4.5"));
        cases.add(new Case("list of object", users, j -> j.list(Json::asString),
                "JsonReadException: $: expected ARRAY, found OBJECT"));
        cases.add(new Case("list of missing", users, j -> j.list("nope", Json::asString),
                "JsonReadException: $.nope: expected ARRAY, found MISSING"));
        cases.add(new Case("list of string", "\"s\"", j -> j.list(Json::asString),
                "JsonReadException: $: expected ARRAY, found STRING"));
        cases.add(new Case("empty list", "{\"a\":[]}", j -> j.list("a", Json::asString), "[]"));
        cases.add(new Case("list element paths", users, j -> j.list("users", Json::path),
                "[$.users[0], $.users[1], $.users[2], $.users[3]]"));
        cases.add(new Case("nested element paths", "[[1],[2,3]]", j -> j.list(e -> e.list(Json::path)),
                "[[$[0][0]], [$[1][0], $[1][1]]]"));
        cases.add(new Case("nested list element error", users,
                j -> j.list("users", u -> u.has("tags") ? u.list("tags", Json::asInt) : List.of()),
                "JsonReadException: $.users[3].tags[0]: expected NUMBER, found STRING"));
        cases.add(new Case("list keeps element values", users, j -> j.list("users", u -> u).get(1).string("name"),
                "Bob"));
        cases.add(new Case("list of null member", "{\"a\":null}", j -> j.list("a", Json::asString),
                "JsonReadException: $.a: expected ARRAY, found NULL"));
        cases.add(new Case("list of inherited member", "{}", j -> j.list("toString", Json::asString),
                "JsonReadException: $.toString: expected ARRAY, found MISSING"));
        cases.add(new Case("list of inherited __proto__", "{}", j -> j.list("__proto__", Json::asString),
                "JsonReadException: $.__proto__: expected ARRAY, found MISSING"));
        cases.add(new Case("list of own __proto__", "{\"__proto__\":[1,2]}", j -> j.list("__proto__", Json::asInt),
                "[1, 2]"));
        cases.add(new Case("list of nulls", "[null,null]", j -> j.list(e -> e.isNull() ? null : "x"), "[null, null]"));
        cases.add(new Case("list is modifiable", "{\"a\":[\"x\",\"y\"]}", j -> {
            List<String> list = j.list("a", Json::asString);
            list.add("z");
            String replaced = list.set(0, "w");
            String removed = list.remove(1);
            list.add(0, "v");
            return list + " size " + list.size() + ", replaced " + replaced + ", removed " + removed;
        }, "[v, w, z] size 3, replaced x, removed y"));
        cases.add(new Case("list equals other lists", "[\"x\",\"y\"]", j -> {
            List<String> list = j.list(Json::asString);
            return list.equals(List.of("x", "y")) + " " + (list.hashCode() == List.of("x", "y").hashCode());
        }, "true true"));
        cases.add(new Case("list index out of range", "[1]", j -> {
            List<Integer> list = j.list(Json::asInt);
            return outOfRange(() -> list.get(1)) + " " + outOfRange(() -> list.set(-1, 0))
                    + " " + outOfRange(() -> list.add(2, 0)) + " " + outOfRange(() -> list.remove(1)) + " " + list;
        }, "rejected rejected rejected rejected [1]"));
        cases.add(new Case("list iterator fails fast", "[1,2]", j -> {
            List<Integer> list = j.list(Json::asInt);
            try {
                for (Integer element : list) {
                    list.add(element);
                }
                return "no exception";
            } catch (ConcurrentModificationException e) {
                return "ConcurrentModificationException";
            }
        }, "ConcurrentModificationException"));

        // toJson, as JSON.stringify writes it
        cases.add(new Case("toJson compact", "{ \"a\" : [ 1 , true , null ] , \"b\" : { } }", Json::toJson,
                "{\"a\":[1,true,null],\"b\":{}}"));
        cases.add(new Case("toJson numbers", "[1.0,1e2,1.5e-7,123456789012345678901234,0.1,-0.0,1e21,1e-6,-2.50,1E+2,"
                + "1e23,5e-324,1.7976931348623157e308,0.6666666666666666]",
                Json::toJson, "[1,100,1.5e-7,1.2345678901234569e+23,0.1,0,1e+21,0.000001,-2.5,100,"
                + "1e+23,5e-324,1.7976931348623157e+308,0.6666666666666666]"));
        cases.add(new Case("toJson huge number", "[1e400,-1e400]", Json::toJson, "[null,null]"));
        cases.add(new Case("toJson string escapes", "\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001 \\u001f \\u2028 \\/ \u00e9\"",
                Json::toJson, "\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001 \\u001f \u2028 / \u00e9\""));
        cases.add(new Case("toJson lone surrogate", "\"\\ud800 \\udc00\"", Json::toJson, "\"\\ud800 \\udc00\""));
        cases.add(new Case("toJson pair kept", "\"\\ud83d\\ude00\"", Json::toJson, "\"\ud83d\ude00\""));
        cases.add(new Case("toJson key order", "{\"b\":1,\"1\":2,\"a\":{\"z\":1,\"0\":2}}", Json::toJson,
                "{\"1\":2,\"b\":1,\"a\":{\"0\":2,\"z\":1}}"));
        cases.add(new Case("toJson repeated name", "{\"a\":1,\"b\":2,\"a\":3}", Json::toJson, "{\"a\":3,\"b\":2}"));
        cases.add(new Case("toString is toJson", "[1.50]", Object::toString, "[1.5]"));
        cases.add(new Case("member toJson", users, j -> j.get("users").at(3).get("tags").toJson(), "[\"a\",\"b\"]"));

        // Syntax errors
        String[] invalid = {"", " ", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "01", "NaN", "1 2", "\"\\x\"", "tru",
                "[1] x", "\"\u0001\"", "{\"a\" 1}", "+1", ".5", "1.", "Infinity"};
        for (String text : invalid) {
            cases.add(new Case("syntax error in <" + text + ">", text, Json::type, SYNTAX_ERROR));
        }
        return cases;
    }

    /** Returns "rejected" when {@code access} throws {@link IndexOutOfBoundsException}, else "accepted". */
    private static String outOfRange(Runnable access) {
        try {
            access.run();
            return "accepted";
        } catch (IndexOutOfBoundsException e) {
            return "rejected";
        }
    }
}
