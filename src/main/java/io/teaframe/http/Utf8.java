package io.teaframe.http;

/**
 * UTF-8 encoding and decoding with the results of {@code String.getBytes(UTF_8)} and
 * {@code new String(bytes, UTF_8)}, written out because in TeaVM those calls bring the
 * whole charset framework (encoders, decoders, buffers) into the app.
 */
final class Utf8 {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    /** Returns the UTF-8 bytes of {@code text}. An unpaired surrogate becomes {@code '?'}, as in the JDK. */
    static byte[] encode(String text) {
        int length = text.length();
        byte[] out = new byte[3 * length];
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[size++] = (byte) c;
            } else if (c < 0x800) {
                out[size++] = (byte) (0xC0 | (c >> 6));
                out[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                out[size++] = (byte) (0xE0 | (c >> 12));
                out[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[size++] = (byte) (0xF0 | (codePoint >> 18));
                out[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[size++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                out[size++] = '?';
            }
        }
        // A loop, not Arrays.copyOf, which would add System.arraycopy's checks.
        byte[] result = new byte[size];
        for (int i = 0; i < size; i++) {
            result[i] = out[i];
        }
        return result;
    }

    /**
     * Returns {@code bytes} read as UTF-8, with the JDK's replacements: each maximal
     * invalid subsequence (an invalid byte, or the start of a sequence that breaks off)
     * becomes one U+FFFD, as in the WHATWG Encoding Standard, except that an encoded
     * surrogate ({@code ED A0..BF}, complete or broken off) also becomes one U+FFFD.
     */
    static String decode(byte[] bytes) {
        char[] out = new char[bytes.length];
        int size = 0;
        int codePoint = 0;
        int needed = 0;
        int seen = 0;
        int lower = 0x80;
        int upper = 0xBF;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b < 0x80) {
                    out[size++] = (char) b;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    // The bound of the second byte that rules out overlong forms.
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    needed = 2;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    // Bounds that rule out overlong forms and code points above U+10FFFF.
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                    codePoint = b & 0x07;
                } else {
                    out[size++] = REPLACEMENT;
                }
                continue;
            }
            if (b < lower || b > upper) {
                // The sequence broke off: replace what was read and read this byte anew.
                out[size++] = REPLACEMENT;
                needed = 0;
                seen = 0;
                lower = 0x80;
                upper = 0xBF;
                i--;
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            seen++;
            if (seen == needed) {
                if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                    // The JDK reads an encoded surrogate whole and replaces it once.
                    out[size++] = REPLACEMENT;
                } else if (codePoint < 0x10000) {
                    out[size++] = (char) codePoint;
                } else {
                    out[size++] = Character.highSurrogate(codePoint);
                    out[size++] = Character.lowSurrogate(codePoint);
                }
                needed = 0;
                seen = 0;
            }
        }
        if (needed != 0) {
            out[size++] = REPLACEMENT;
        }
        return new String(out, 0, size);
    }
}
