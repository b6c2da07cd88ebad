package io.teaframe.http;

import io.teaframe.port.Cancellable;

/**
 * The HTTP port: sends one attempt of a request and reports how it ended.
 *
 * <p>The transport does one thing: one request, one response, the whole body read.
 * Everything else (timeouts, retries, abort rules, the cache, auth and decoding) is the
 * core's, so it runs the same on the JVM and in the browser. In the browser,
 * {@code io.teaframe.browser.FetchTransport} implements it with {@code fetch} and
 * {@code AbortController}; in tests, {@code io.teaframe.testkit.FakeTransport} answers
 * from the test on virtual time.
 */
public interface HttpTransport {

    /**
     * Starts {@code request}. Cancelling the returned handle aborts it (in the browser,
     * through its {@code AbortController}, which also stops reading the body); after
     * that, {@code callback} is not called.
     */
    Cancellable send(TransportRequest request, TransportCallback callback);

    /**
     * The origin that relative URLs resolve against, such as
     * {@code http://127.0.0.1:8080}: the page's origin in the browser. Credentials are
     * sent to it without being listed.
     */
    String origin();
}
