package io.teaframe.view;

/**
 * Decides whether a URL attribute or property value may be written. A URL that runs
 * script when followed or loaded is blocked: {@code javascript:}, {@code vbscript:} and
 * {@code data:text/html}. Other values, including {@code data:image/png}, pass.
 *
 * <p>The check normalizes the value the way the WHATWG URL parser does before it reads
 * the scheme: it strips leading C0 control characters and spaces, removes every tab,
 * line feed and carriage return (so {@code "java\tscript:"} is
 * {@code javascript:} to a browser), and folds ASCII case.
 */
final class UnsafeUrls {

    /** The longest prefix that a decision needs: {@code "data:text/html"}, plus slack. */
    private static final int PREFIX_LENGTH = 32;

    private UnsafeUrls() {
    }

    /** Returns true for the attribute and property names whose value is a URL. */
    static boolean isUrlName(String name) {
        String lower = asciiLowerCase(name);
        return lower.equals("href") || lower.equals("src") || lower.equals("action")
                || lower.equals("formaction") || lower.equals("xlink:href");
    }

    /**
     * Returns the blocked scheme ({@code "javascript:"}, {@code "vbscript:"} or
     * {@code "data:text/html"}) that {@code url} starts with, or null when it may be
     * written.
     */
    static String blockedScheme(String url) {
        String prefix = normalizedPrefix(url);

        if (prefix.startsWith("javascript:")) {
            return "javascript:";
        }
        if (prefix.startsWith("vbscript:")) {
            return "vbscript:";
        }

        // A data URL's media type may be preceded by spaces, which the fetch spec strips.
        if (prefix.startsWith("data:")) {
            int start = "data:".length();
            while (start < prefix.length() && prefix.charAt(start) == ' ') {
                start++;
            }
            if (prefix.startsWith("text/html", start)) {
                return "data:text/html";
            }
        }
        return null;
    }

    /**
     * Returns up to {@link #PREFIX_LENGTH} characters of {@code url} after the URL
     * parser's clean-up, in lower case.
     */
    private static String normalizedPrefix(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }

        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = start; i < url.length() && prefix.length() < PREFIX_LENGTH; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            prefix.append(asciiLowerCase(c));
        }
        return prefix.toString();
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Folds ASCII letters only, as HTML does for attribute names; {@code toLowerCase}
     * would follow the default locale.
     */
    static String asciiLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                StringBuilder lower = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    lower.append(asciiLowerCase(text.charAt(j)));
                }
                return lower.toString();
            }
        }
        return text;
    }
}
