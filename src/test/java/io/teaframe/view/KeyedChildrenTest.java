package io.teaframe.view;

import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keyed children: final order, kept DOM nodes, and the number of moves. */
class KeyedChildrenTest {

    static VNode list(int... keys) {
        List<VNode> items = new ArrayList<>();
        for (int key : keys) {
            items.add(li(key(key), text(Integer.toString(key))));
        }
        return ul(children(items));
    }

    static String html(int... keys) {
        StringBuilder out = new StringBuilder("<ul>");
        for (int key : keys) {
            out.append("<li>").append(key).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    static int[] range(int from, int to) {
        int[] keys = new int[to - from + 1];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = from + i;
        }
        return keys;
    }

    /** (name, old keys, new keys, expected moves, expected created, expected removed). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("reverse", range(1, 6), new int[] {6, 5, 4, 3, 2, 1}, 5, 0, 0),
                Arguments.of("rotate left", range(1, 6), new int[] {2, 3, 4, 5, 6, 1}, 1, 0, 0),
                Arguments.of("rotate right", range(1, 6), new int[] {6, 1, 2, 3, 4, 5}, 1, 0, 0),
                Arguments.of("swap two", range(1, 10), new int[] {1, 9, 3, 4, 5, 6, 7, 8, 2, 10}, 2, 0, 0),
                Arguments.of("insert in middle", range(1, 6), new int[] {1, 2, 3, 99, 4, 5, 6}, 0, 1, 0),
                Arguments.of("remove from middle", range(1, 6), new int[] {1, 2, 4, 5, 6}, 0, 0, 1),
                Arguments.of("replace all", range(1, 5), range(6, 10), 0, 5, 0),
                Arguments.of("replace all but the first", range(1, 5), new int[] {1, 7, 8, 9, 10}, 0, 4, 4),
                Arguments.of("append", range(1, 3), range(1, 6), 0, 3, 0),
                Arguments.of("prepend", range(4, 6), range(1, 6), 0, 3, 0),
                Arguments.of("move and insert", range(1, 6), new int[] {1, 5, 2, 3, 7, 4, 6}, 1, 1, 0),
                Arguments.of("move and remove", range(1, 6), new int[] {4, 1, 2, 6}, 1, 0, 2),
                Arguments.of("from empty", new int[0], range(1, 3), 0, 3, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reorders(String name, int[] before, int[] after, int moves, int created, int removed) {
        Harness h = new Harness().mount(list(before));
        Map<String, FakeDom.Node> nodesByText = textToNode(h.root());

        h.update(list(after));

        assertEquals(html(after), h.html());
        assertEquals(moves, h.dom.moves, "moves");
        assertEquals(created, h.dom.count("createElement li"), "created");
        assertEquals(removed, h.dom.count("removeChild"), "removed");
        for (FakeDom.Node node : h.root().children) {
            String text = node.child(0).text;
            if (nodesByText.containsKey(text)) {
                assertSame(nodesByText.get(text), node, "DOM node of key " + text);
            }
        }
    }

    @Test
    void clearWritesTextContentOnce() {
        Harness h = new Harness().mount(list(range(1, 100)));

        h.update(list());

        assertEquals("<ul></ul>", h.html());
        assertEquals(List.of("setText ul "), h.dom.calls);
    }

    @Test
    void swapOfTwoEndsMovesTwo() {
        int[] before = range(1, 1_000);
        int[] after = range(1, 1_000);
        after[1] = 999;
        after[998] = 2;
        Harness h = new Harness().mount(list(before));

        h.update(list(after));

        assertEquals(html(after), h.html());
        assertEquals(List.of("insertBefore ul li li", "insertBefore ul li li"), h.dom.calls);
        assertEquals(2, h.dom.moves, "moves");
    }

    @Test
    void replaceAllClearsOnceThenAppends() {
        Harness h = new Harness().mount(list(range(1, 100)));

        h.update(list(range(101, 200)));

        assertEquals(html(range(101, 200)), h.html());
        assertEquals("setText ul ", h.dom.calls.get(0), "first call");
        assertEquals(1, h.dom.count("setText ul"), "textContent writes");
        assertEquals(0, h.dom.count("removeChild"), "removeChild calls");
        assertEquals(100, h.dom.count("createElement li"), "created");
        assertEquals(0, h.dom.moves, "moves");
    }

    @Test
    void replaceAllKeepsPairedUnkeyedChild() {
        Harness h = new Harness().mount(ul(li(text("a")), li(key(1), text("1"))));
        FakeDom.Node unkeyed = h.root().child(0);

        h.update(ul(li(key(2), text("2")), li(text("b"))));

        assertEquals("<ul><li>2</li><li>b</li></ul>", h.html());
        assertSame(unkeyed, h.root().child(1), "the unkeyed li pairs with the new unkeyed li");
        assertEquals(0, h.dom.count("setText ul"), "textContent writes");
        assertEquals(1, h.dom.count("removeChild"), "removeChild calls");
    }

    @Test
    void randomPermutationsMoveAtMostNMinusLis() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int size = random.nextInt(25);
            int[] before = range(1, size);
            int[] after = shuffle(range(1, size), random);
            Harness h = new Harness().mount(list(before));

            h.update(list(after));

            assertEquals(html(after), h.html(), "order after trial " + trial);
            int bound = size - longestIncreasingLength(after);
            assertTrue(h.dom.moves <= bound, "trial " + trial + ": " + h.dom.moves + " moves, bound " + bound);
            assertEquals(0, h.dom.count("createElement"), "created in trial " + trial);
        }
    }

    @Test
    void randomEditsRenderTheNewOrder() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int[] before = randomKeys(random);
            int[] after = randomKeys(random);
            Harness h = new Harness().mount(list(before));

            h.update(list(after));

            assertEquals(html(after), h.html(), "trial " + trial);
            int kept = 0;
            for (int key : after) {
                if (contains(before, key)) {
                    kept++;
                }
            }
            int bound = kept - longestIncreasingLength(oldPositions(before, after));
            assertTrue(h.dom.moves <= bound, "trial " + trial + ": " + h.dom.moves + " moves, bound " + bound);
        }
    }

    @Test
    void unchangedKeyedListMakesNoCalls() {
        Harness h = new Harness().mount(list(range(1, 20)));

        h.update(list(range(1, 20)));

        assertEquals(List.of(), h.dom.calls);
    }

    private static Map<String, FakeDom.Node> textToNode(FakeDom.Node list) {
        Map<String, FakeDom.Node> nodes = new HashMap<>();
        for (FakeDom.Node node : list.children) {
            nodes.put(node.child(0).text, node);
        }
        return nodes;
    }

    private static int[] shuffle(int[] keys, Random random) {
        for (int i = keys.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = keys[i];
            keys[i] = keys[j];
            keys[j] = swap;
        }
        return keys;
    }

    /** Returns distinct keys from 1 to 30 in random order, about half of them. */
    private static int[] randomKeys(Random random) {
        List<Integer> keys = new ArrayList<>();
        for (int key = 1; key <= 30; key++) {
            if (random.nextBoolean()) {
                keys.add(key);
            }
        }
        int[] result = new int[keys.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = keys.get(i);
        }
        return random.nextBoolean() ? shuffle(result, random) : result;
    }

    private static boolean contains(int[] keys, int key) {
        for (int k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    /** Returns, for each key of {@code after} that {@code before} has, its index there. */
    private static int[] oldPositions(int[] before, int[] after) {
        List<Integer> positions = new ArrayList<>();
        for (int key : after) {
            for (int i = 0; i < before.length; i++) {
                if (before[i] == key) {
                    positions.add(i);
                }
            }
        }
        int[] result = new int[positions.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = positions.get(i);
        }
        return result;
    }

    /** Computes the LIS length in O(n^2), independently of the implementation under test. */
    static int longestIncreasingLength(int[] values) {
        int[] best = new int[values.length];
        int longest = 0;
        for (int i = 0; i < values.length; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i] && best[j] + 1 > best[i]) {
                    best[i] = best[j] + 1;
                }
            }
            longest = Math.max(longest, best[i]);
        }
        return longest;
    }
}
