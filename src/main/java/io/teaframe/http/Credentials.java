package io.teaframe.http;

/**
 * Whether the browser sends cookies and HTTP authentication with a request, as the
 * {@code credentials} option of {@code fetch}.
 */
public enum Credentials {
    OMIT("omit"),
    SAME_ORIGIN("same-origin"),
    INCLUDE("include");

    private final String fetchName;

    Credentials(String fetchName) {
        this.fetchName = fetchName;
    }

    /** The value of {@code fetch}'s {@code credentials} option. */
    public String fetchName() {
        return fetchName;
    }
}
