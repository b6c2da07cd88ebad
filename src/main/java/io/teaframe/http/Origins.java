package io.teaframe.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which URLs may receive credentials: same-origin URLs and the origins the app
 * listed. Origins compare as scheme, host and port in lower case, with the default
 * ports 80 and 443 left out, so {@code https://API.example.com:443} is
 * {@code https://api.example.com}.
 */
final class Origins {

    private final String pageOrigin;
    private final List<String> trusted = new ArrayList<>();

    Origins(String pageOrigin) {
        this.pageOrigin = normalize(pageOrigin);
    }

    void trust(String origin) {
        String normalized = normalize(origin);
        if (normalized == null) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
        }
        if (!trusted.contains(normalized)) {
            trusted.add(normalized);
        }
    }

    /** Whether {@code url}, absolute or relative to the page, is same-origin or trusted. */
    boolean isTrusted(String url) {
        String origin = originOf(url);
        if (origin == null) {
            return true;
        }
        return origin.equals(pageOrigin) || trusted.contains(origin);
    }

    /**
     * Returns the origin of an absolute or protocol-relative URL, or null for a URL
     * relative to the page, which is same-origin.
     */
    String originOf(String url) {
        if (url.startsWith("//")) {
            String scheme = pageOrigin == null ? "https:" : pageOrigin.substring(0, pageOrigin.indexOf(':') + 1);
            return normalize(scheme + url);
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        if (colon <= 0 || (slash >= 0 && slash < colon) || !isScheme(url.substring(0, colon))) {
            return null;
        }
        String origin = normalize(url);
        // A URL with a scheme but no host, such as "data:", is no origin we trust.
        return origin == null ? "opaque:" + url.substring(0, colon) : origin;
    }

    /** Returns {@code scheme://host[:port]} of a URL in lower case without a default port, or null. */
    static String normalize(String url) {
        if (url == null) {
            return null;
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            return null;
        }
        int hostStart = schemeEnd + 3;
        int hostEnd = url.length();
        for (int i = hostStart; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                hostEnd = i;
                break;
            }
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase();
        String authority = url.substring(hostStart, hostEnd).toLowerCase();
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.isEmpty()) {
            return null;
        }
        if ((scheme.equals("https") && authority.endsWith(":443")) || (scheme.equals("http") && authority.endsWith(":80"))) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        return scheme + "://" + authority;
    }

    private static boolean isScheme(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9')
                    || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
