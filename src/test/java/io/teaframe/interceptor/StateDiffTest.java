package io.teaframe.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** StateDiff: the "path: old -> new" lines that the debug interceptor logs. */
class StateDiffTest {

    record Counter(int count) {
    }

    record Other(int count) {
    }

    record Profile(String name, int age) {
    }

    record App(Profile profile, int count) {
    }

    record Todos(List<String> items) {
    }

    record Tags(Map<String, Integer> tags) {
    }

    record Note(String text) {
    }

    /** Returns a map with a fixed iteration order, so its toString is predictable. */
    private static Map<String, Integer> sorted(Object... keysAndValues) {
        Map<String, Integer> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }

    private static String describe(Object before, Object after) {
        StringBuilder out = new StringBuilder();
        StateDiff.describe(before, after, out);
        return out.toString();
    }

    static Stream<Arguments> diffs() {
        return Stream.of(
                Arguments.of("record field",
                        new Counter(1), new Counter(2),
                        "\n  state.count: 1 -> 2"),
                Arguments.of("nested record field",
                        new App(new Profile("ann", 30), 1), new App(new Profile("bob", 30), 1),
                        "\n  state.profile.name: ann -> bob"),
                Arguments.of("fields at two levels",
                        new App(new Profile("ann", 30), 1), new App(new Profile("ann", 31), 2),
                        "\n  state.profile.age: 30 -> 31\n  state.count: 1 -> 2"),
                Arguments.of("list item changed",
                        new Todos(List.of("a", "b")), new Todos(List.of("a", "c")),
                        "\n  state.items[1]: b -> c"),
                Arguments.of("list grew",
                        new Todos(List.of("a", "b")), new Todos(List.of("a", "b", "c")),
                        "\n  state.items: 2 items -> 3 items: [a, b, c]"),
                Arguments.of("list shrank",
                        new Todos(List.of("a", "b")), new Todos(List.of("a")),
                        "\n  state.items: 2 items -> 1 items: [a]"),
                Arguments.of("map value changed",
                        new Tags(sorted("a", 1, "b", 2)), new Tags(sorted("a", 1, "b", 3)),
                        "\n  state.tags.b: 2 -> 3"),
                Arguments.of("map key added",
                        new Tags(sorted("a", 1)), new Tags(sorted("a", 1, "c", 3)),
                        "\n  state.tags.c: added 3"),
                Arguments.of("map key removed",
                        new Tags(sorted("a", 1, "b", 2)), new Tags(sorted("b", 2)),
                        "\n  state.tags.a: removed (was 1)"),
                Arguments.of("map as whole state",
                        sorted("a", 1, "b", 2), sorted("a", 1, "b", 5),
                        "\n  state.b: 2 -> 5"),
                Arguments.of("record type changed",
                        new Counter(1), new Other(1),
                        "\n  state: Counter[count=1] -> Other[count=1]"),
                Arguments.of("plain value",
                        5, 6,
                        "\n  state: 5 -> 6"),
                Arguments.of("null to record",
                        null, new Counter(1),
                        "\n  state: null -> Counter[count=1]"),
                Arguments.of("equal new state",
                        new Counter(1), new Counter(1),
                        "\n  (new state equal to the old one)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diffs")
    void describesChange(String name, Object before, Object after, String expected) {
        assertEquals(expected, describe(before, after));
    }

    @Test
    void sameReferenceIsSameState() {
        Counter state = new Counter(1);

        assertEquals("\n  (same state)", describe(state, state));
    }

    @Test
    void manyChangesAreSummarised() {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            before.add("old" + i);
            after.add("new" + i);
        }

        String text = describe(new Todos(before), new Todos(after));

        String[] lines = text.substring(1).split("\n");
        assertEquals(41, lines.length);
        assertEquals("  state.items[39]: old39 -> new39", lines[39]);
        assertEquals("  ... and 5 more changes", lines[40]);
    }

    @Test
    void longValueIsShortened() {
        String longText = "x".repeat(200);

        String text = describe(new Note("short"), new Note(longText));

        assertEquals("\n  state.text: short -> " + "x".repeat(160) + "...", text);
        assertTrue(text.length() < longText.length(), text);
    }
}
