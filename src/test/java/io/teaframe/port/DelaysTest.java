package io.teaframe.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelaysTest {

    @Test
    void formatWholeNumbers() {
        assertEquals("0.0", Delays.format(0));
        assertEquals("3.0", Delays.format(3));
        assertEquals("-3.0", Delays.format(-3));
        assertEquals("1764806400000.0", Delays.format(1_764_806_400_000.0));
        assertEquals("9007199254740992.0", Delays.format(9_007_199_254_740_992.0));
    }

    @Test
    void formatFractionsToMicroseconds() {
        assertEquals("1250.5", Delays.format(1250.5));
        assertEquals("0.25", Delays.format(0.25));
        assertEquals("0.001", Delays.format(0.001));
        assertEquals("-0.125", Delays.format(-0.125));
        assertEquals("2.0", Delays.format(1.9999999));
        assertEquals("1000000000.5", Delays.format(1_000_000_000.5));
    }

    @Test
    void formatNonFiniteValues() {
        assertEquals("NaN", Delays.format(Double.NaN));
        assertEquals("Infinity", Delays.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Delays.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void formatNegativeZeroWithoutSign() {
        assertEquals("0.0", Delays.format(-0.0));
        assertEquals("0.0", Delays.format(-0.0000001));
    }
}
