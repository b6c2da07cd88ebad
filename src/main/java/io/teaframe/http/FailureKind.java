package io.teaframe.http;

/** The cause of a failed request. Each kind is described with the fields it fills in {@link HttpFailure}. */
public enum FailureKind {

    /**
     * No response arrived: the browser is offline, the name did not resolve, the
     * connection was refused or broke, or CORS hid the response. Status is 0.
     */
    NETWORK,

    /** No whole response arrived within the request's timeout. Status is 0. */
    TIMEOUT,

    /**
     * The app aborted the request by id or by group, or a request interceptor threw
     * before it could be sent. Status is 0. Superseded requests end silently instead.
     */
    ABORTED,

    /**
     * The server responded with a status outside 200 to 299. The status, status text,
     * headers and raw body text are set, and the decoded body when it decodes.
     */
    HTTP,

    /**
     * The server responded with 2xx, but the body did not decode as the requested format.
     * The raw text is kept.
     */
    DECODE
}
