package io.teaframe.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The key index of the children diff: positions, repeated keys and hash collisions. */
class KeyIndexTest {

    /** A key whose hash code is always 7, so every key collides with every other. */
    record Colliding(int id) {
        @Override
        public int hashCode() {
            return 7;
        }
    }

    @Test
    void returnsStoredPositions() {
        KeyIndex index = new KeyIndex(1_000);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(-1, index.putIfAbsent(i * 31, i), "put " + i);
        }

        for (int i = 0; i < 1_000; i++) {
            assertEquals(i, index.get(i * 31), "get " + i);
        }
        assertEquals(-1, index.get(1), "absent key");
        assertEquals(-1, index.get("0"), "key of another type");
    }

    @Test
    void repeatedKeyKeepsFirstPosition() {
        KeyIndex index = new KeyIndex(3);
        index.putIfAbsent("a", 0);

        assertEquals(0, index.putIfAbsent("a", 2));
        assertEquals(0, index.get("a"));
    }

    @Test
    void collidingKeysStayApart() {
        KeyIndex index = new KeyIndex(5);
        for (int i = 0; i < 5; i++) {
            index.putIfAbsent(new Colliding(i), i);
        }

        for (int i = 0; i < 5; i++) {
            assertEquals(i, index.get(new Colliding(i)), "key " + i);
        }
        assertEquals(-1, index.get(new Colliding(5)), "absent key");
    }

    @Test
    void fullCountFitsSmallIndex() {
        KeyIndex index = new KeyIndex(1);

        assertEquals(-1, index.putIfAbsent("only", 0));
        assertEquals(0, index.get("only"));
    }
}
