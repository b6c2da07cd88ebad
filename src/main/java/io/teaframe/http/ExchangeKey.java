package io.teaframe.http;

/**
 * The key under which GET and HEAD requests share one exchange: the method, the final
 * URL, the response format and the request's own headers, whose names compare without
 * regard to case. Other methods are never shared.
 *
 * <p>A value object rather than one string of the parts, so that no string is built per
 * request: TeaVM builds a string in a char array and then converts it to a JavaScript
 * string.
 */
final class ExchangeKey {

    private final String method;
    private final String url;
    private final ResponseFormat format;
    private final Headers headers;
    private final int hash;

    private ExchangeKey(String method, String url, ResponseFormat format, Headers headers) {
        this.method = method;
        this.url = url;
        this.format = format;
        this.headers = headers;
        int result = method.hashCode();
        result = 31 * result + url.hashCode();
        result = 31 * result + format.ordinal();
        this.hash = 31 * result + headers.hashCode();
    }

    /** Returns the key of {@code request}, or null when its method is neither GET nor HEAD. */
    static ExchangeKey of(HttpRequest request) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return null;
        }
        return new ExchangeKey(method, request.finalUrl(), request.format(), request.headers());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ExchangeKey)) {
            return false;
        }
        ExchangeKey key = (ExchangeKey) other;
        return hash == key.hash && method.equals(key.method) && url.equals(key.url) && format == key.format
                && headers.equals(key.headers);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return method + " " + url + " " + format + " " + headers;
    }
}
