package io.teaframe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.RandomSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SeededRandom determinism and the RandomSource.uuid() format. */
class RandomSourceTest {

    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private static List<Double> draw(RandomSource random, int count) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(random.nextDouble());
        }
        return values;
    }

    @Test
    void sameSeedSameSequence() {
        assertEquals(draw(new SeededRandom(7), 20), draw(new SeededRandom(7), 20));
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(draw(new SeededRandom(7), 20), draw(new SeededRandom(8), 20));
    }

    @Test
    void valuesInUnitInterval() {
        for (double value : draw(new SeededRandom(3), 1_000)) {
            assertTrue(value >= 0, "negative: " + value);
            assertTrue(value < 1, "not below 1: " + value);
        }
    }

    @Test
    void sameSeedSameUuid() {
        assertEquals(new SeededRandom(11).uuid(), new SeededRandom(11).uuid());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 12345, -9})
    void uuidHasVersion4Form(long seed) {
        String uuid = new SeededRandom(seed).uuid();

        assertEquals(36, uuid.length(), uuid);
        assertEquals('-', uuid.charAt(8), uuid);
        assertEquals('-', uuid.charAt(13), uuid);
        assertEquals('-', uuid.charAt(18), uuid);
        assertEquals('-', uuid.charAt(23), uuid);
        assertEquals('4', uuid.charAt(14), uuid);
        assertTrue("89ab".indexOf(uuid.charAt(19)) >= 0, uuid);
        assertTrue(UUID_V4.matcher(uuid).matches(), uuid);
    }

    @Test
    void uuidsFromOneSourceDiffer() {
        SeededRandom random = new SeededRandom(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(random.uuid());
        }

        assertEquals(100, seen.size());
    }

    @Test
    void uuidVariantTakesAllFourValues() {
        SeededRandom random = new SeededRandom(9);
        Set<Character> variants = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            variants.add(random.uuid().charAt(19));
        }

        assertEquals(Set.of('8', '9', 'a', 'b'), variants);
    }

    @ParameterizedTest(name = "constant {0}")
    @CsvSource({
        "0.0, 00000000-0000-4000-8000-000000000000",
        "0.99999, ffffffff-ffff-4fff-bfff-ffffffffffff",
        "0.5, 88888888-8888-4888-8888-888888888888"
    })
    void uuidFromConstantSource(double constant, String expected) {
        RandomSource fixed = () -> constant;

        assertEquals(expected, fixed.uuid());
    }
}
