package io.teaframe.view;

/**
 * The longest increasing subsequence, from which the child diff finds the nodes that
 * may stay where they are.
 */
final class Lis {

    private Lis() {
    }

    /**
     * Returns the positions, ascending, of one longest strictly increasing subsequence of
     * the non-negative values in {@code values}; negative values are skipped. Runs in
     * O(n log n) time with patience sorting: {@code tails[k]} is the position of the
     * smallest value that ends an increasing run of length k + 1 so far.
     */
    static int[] positions(int[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;

        for (int i = 0; i < n; i++) {
            int value = values[i];
            if (value < 0) {
                continue;
            }

            // Binary search for the first run whose last value is not below this one.
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }

        // Walk back from the end of the longest run.
        int[] result = new int[length];
        int position = length > 0 ? tails[length - 1] : -1;
        for (int k = length - 1; k >= 0; k--) {
            result[k] = position;
            position = previous[position];
        }
        return result;
    }
}
