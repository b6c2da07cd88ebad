package io.teaframe.http;

/** How the body of a response is decoded. */
public enum ResponseFormat {

    /** Parsed as JSON; a 2xx body that does not parse is a DECODE failure. */
    JSON,

    /** Kept as text. */
    TEXT,

    /** Kept as bytes. */
    BYTES,

    /**
     * Chosen by the response's {@code Content-Type}: JSON for {@code application/json}
     * and {@code +json} types, text for {@code text/*}, XML, JavaScript and form types,
     * bytes for the rest.
     */
    AUTO
}
