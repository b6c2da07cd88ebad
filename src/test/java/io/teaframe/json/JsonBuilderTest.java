package io.teaframe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.teaframe.testkit.JvmJson;
import org.junit.jupiter.api.Test;

class JsonBuilderTest {

    @Test
    void objectWithEveryValueType() {
        String json = JsonBuilder.object()
                .put("s", "text")
                .put("i", 36)
                .put("d", 1.5)
                .put("whole", 3.0)
                .put("big", 1e15)
                .put("t", true)
                .put("f", false)
                .putNull("n")
                .put("nullString", (String) null)
                .put("a", JsonBuilder.array().add("x").add(1).add(2.25).add(true).addNull()
                        .add(JsonBuilder.object()))
                .putRaw("raw", "{\"k\":[1]}")
                .toJson();

        assertEquals("{\"s\":\"text\",\"i\":36,\"d\":1.5,\"whole\":3,\"big\":1000000000000000,\"t\":true,"
                + "\"f\":false,\"n\":null,\"nullString\":null,\"a\":[\"x\",1,2.25,true,null,{}],\"raw\":{\"k\":[1]}}",
                json);
    }

    @Test
    void emptyContainers() {
        assertEquals("{}", JsonBuilder.object().toJson());
        assertEquals("[]", JsonBuilder.array().toJson());
    }

    @Test
    void escapesAsRfc8259Requires() {
        String nasty = "q\" b\\ s/ \n\r\t\b\f \u0000 \u001f \u2028 \u2029 é 😀";

        String quoted = JsonBuilder.quote(nasty);

        assertEquals("\"q\\\" b\\\\ s/ \\n\\r\\t\\b\\f \\u0000 \\u001f \\u2028 \\u2029 é 😀\"", quoted);
    }

    @Test
    void roundTripsThroughParser() {
        String nasty = "q\" b\\ \n\u0001 \u2028 é 😀";
        String json = JsonBuilder.object().put(nasty, nasty).put("n", -0.001).toJson();

        Json parsed = JvmJson.PARSER.parse(json);

        assertEquals(nasty, parsed.string(nasty));
        assertEquals(-0.001, parsed.number("n"));
    }

    @Test
    void nonFiniteNumbersRejected() {
        assertThrows(IllegalArgumentException.class, () -> JsonBuilder.array().add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonBuilder.object().put("x", Double.POSITIVE_INFINITY));
    }

    @Test
    void wrongContainerRejected() {
        assertThrows(IllegalStateException.class, () -> JsonBuilder.array().put("x", 1));
        assertThrows(IllegalStateException.class, () -> JsonBuilder.object().add(1));
    }
}
