package io.teaframe.demo;

/**
 * Where the demo server is: the base URL of its REST API and the URL of its WebSocket.
 *
 * @param base the origin (and optional path prefix) that {@code /api/...} paths are appended
 *     to, without a trailing slash; empty for the page's own origin
 * @param socketUrl the absolute {@code ws:} or {@code wss:} URL of the server's {@code /ws}
 */
public record Api(String base, String socketUrl) {

    /** Returns the URL of {@code path}, which starts with a slash, such as {@code /api/users}. */
    public String url(String path) {
        return base + path;
    }

    /**
     * Returns the API for a configured base URL, or for the page's origin when
     * {@code configuredBase} is null or blank.
     *
     * @param pageProtocol the page's protocol, {@code http:} or {@code https:}
     * @param pageHost the page's host and port, such as {@code 127.0.0.1:8080}
     */
    public static Api resolve(String configuredBase, String pageProtocol, String pageHost) {
        String base = configuredBase == null ? "" : configuredBase.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.isEmpty()) {
            String scheme = "https:".equals(pageProtocol) ? "wss://" : "ws://";
            return new Api("", scheme + pageHost + "/ws");
        }
        String socketBase = base.startsWith("https://") ? "wss://" + base.substring("https://".length())
                : base.startsWith("http://") ? "ws://" + base.substring("http://".length())
                : base;
        return new Api(base, socketBase + "/ws");
    }
}
