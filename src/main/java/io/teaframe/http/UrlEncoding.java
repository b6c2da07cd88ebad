package io.teaframe.http;

/**
 * Percent-encoding of names and values in query strings and form bodies, as the
 * {@code application/x-www-form-urlencoded} format and {@code URLSearchParams} do: UTF-8
 * bytes, letters, digits and {@code *-._} kept, a space as {@code +}, every other byte
 * as {@code %XX}.
 */
public final class UrlEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {
    }

    /** Encodes one name or value. */
    public static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (!isKept(text.charAt(i))) {
                out = new StringBuilder(text.length() + 16);
                out.append(text, 0, i);
                appendEncoded(out, text, i);
                break;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Appends {@code name=value} pairs joined by {@code &}: names at even indices, values at odd ones. */
    public static void appendPairs(StringBuilder out, String[] namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                out.append('&');
            }
            out.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
    }

    private static void appendEncoded(StringBuilder out, String text, int from) {
        byte[] bytes = Utf8.encode(text.substring(from));
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c == ' ') {
                out.append('+');
            } else if (c < 128 && isKept(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '*' || c == '-' || c == '.' || c == '_';
    }
}
