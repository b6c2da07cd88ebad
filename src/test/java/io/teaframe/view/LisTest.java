package io.teaframe.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LisTest {

    @Test
    void table() {
        int[][][] cases = {
                {{}, {}},
                {{-1, -1}, {}},
                {{5}, {0}},
                {{0, 1, 2, 3}, {0, 1, 2, 3}},
                {{3, 2, 1, 0}, {3}},
                {{2, 3, 1, -1}, {0, 1}},
                {{1, -1, 0, 2, -1, 3}, {2, 3, 5}},
                {{4, 0, 5, 1, 2, 3}, {1, 3, 4, 5}}};
        for (int[][] c : cases) {
            assertArrayEquals(c[1], Lis.positions(c[0]), java.util.Arrays.toString(c[0]));
        }
    }

    @Test
    void randomArraysMatchTheQuadraticLength() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int[] values = new int[random.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(50) - 5;
            }

            int[] positions = Lis.positions(values);

            assertEquals(quadraticLength(values), positions.length, "length in trial " + trial);
            for (int k = 1; k < positions.length; k++) {
                assertTrue(positions[k - 1] < positions[k], "ascending positions in trial " + trial);
                assertTrue(values[positions[k - 1]] < values[positions[k]], "increasing values in trial " + trial);
            }
        }
    }

    private static int quadraticLength(int[] values) {
        int count = 0;
        for (int value : values) {
            if (value >= 0) {
                count++;
            }
        }
        int[] kept = new int[count];
        int next = 0;
        for (int value : values) {
            if (value >= 0) {
                kept[next++] = value;
            }
        }
        return KeyedChildrenTest.longestIncreasingLength(kept);
    }
}
