package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 code against the JDK's, which it must match. */
class Utf8Test {

    @Test
    void encodesLikeJdk() {
        String[] texts = {"", "plain", "caf\u00e9", "\u20ac 100", "\ud83d\ude00 smile", "lone \ud83d high",
            "lone \ude00 low", "\ude00\ud83d reversed", "end \ud83d"};
        for (String text : texts) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), text);
        }
    }

    @Test
    void decodesLikeJdk() {
        int[][] cases = {{}, {0x41}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80},
            {0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
            {0xF0, 0x9F, 0x98}, {0xE2, 0x82}, {0xFF}, {0x80, 0x41}, {0xE2, 0x41, 0x82}, {0xED, 0xA0},
            {0xED, 0xA0, 0x41}, {0xED, 0xBF, 0xBF}, {0xED, 0xA0, 0xC0}, {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF}};
        for (int[] values : cases) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes));
        }
    }

    @Test
    void randomBytesDecodeLikeJdk() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly lead and continuation bytes, so that sequences break off often.
                bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes), "round " + round);
        }
    }

    @Test
    void randomTextEncodesLikeJdk() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(8)];
            for (int i = 0; i < chars.length; i++) {
                // Surrogates often, so that pairs and lone halves both occur.
                chars[i] = (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
            }
            String text = new String(chars);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), "round " + round);
        }
    }
}
