package io.teaframe.port;

/** Builds version 4 UUID strings without {@code java.util.UUID}'s formatting code. */
final class Uuids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Uuids() {
    }

    static String fromRandom(RandomSource random) {
        char[] out = new char[36];
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                out[i] = '-';
                continue;
            }
            int nibble = (int) (random.nextDouble() * 16) & 0xF;

            // RFC 9562: the version nibble is 4, the variant bits are 10xx.
            if (i == 14) {
                nibble = 4;
            } else if (i == 19) {
                nibble = 8 | (nibble & 0x3);
            }
            out[i] = HEX[nibble];
        }
        return new String(out);
    }
}
