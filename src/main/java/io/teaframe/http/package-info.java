/**
 * The HTTP effect: requests as data, with typed outcomes, abort, timeout, retry, auth
 * and a cache, all platform-free.
 *
 * <p>A handler returns an {@link io.teaframe.http.HttpRequest} among its effects. The
 * {@link io.teaframe.http.Http} installed on the frame sends it through the
 * {@link io.teaframe.http.HttpTransport} port (fetch in the browser, a fake on virtual
 * time in tests), and dispatches the event that the request's {@code onSuccess} or
 * {@code onFailure} factory makes from the outcome. Everything but the one network
 * round trip runs here, in plain Java, so the JVM tests exercise the same code that
 * runs in the browser.
 *
 * <h2>Outcomes</h2>
 * A 2xx response whose body decodes as the request's {@link io.teaframe.http.ResponseFormat}
 * is an {@link io.teaframe.http.HttpResponse}; 204, 205 and empty bodies decode as an
 * empty body. Anything else is one {@link io.teaframe.http.HttpFailure} whose
 * {@link io.teaframe.http.FailureKind} is NETWORK, TIMEOUT, ABORTED, HTTP (any non-2xx
 * status, whatever the body) or DECODE (a 2xx body that does not decode). A failure of
 * a request without {@code onFailure} goes to the frame's error handler with phase
 * {@link io.teaframe.Phase#ASYNC_EFFECT}, except ABORTED, which the app caused itself.
 *
 * <h2>A request's lifecycle</h2>
 * Each request effect is a call, and the request on the network is an exchange.
 * Identical GETs in flight at the same time share one exchange. Every other call has an
 * exchange of its own.
 *
 * <pre>
 * state               meaning                                   leaves on
 * IN_FLIGHT           an attempt is with the transport          response, network error or timeout:
 *                                                               DELIVERING, WAITING_TO_RETRY or
 *                                                               WAITING_FOR_AUTH
 * WAITING_TO_RETRY    a retryable failure; the backoff or       timer: IN_FLIGHT, or WAITING_FOR_ONLINE
 *                     Retry-After timer runs                    when the browser is offline
 * WAITING_FOR_ONLINE  the retry waits for the network           the online event: IN_FLIGHT
 * WAITING_FOR_AUTH    a 401; the token refresh runs             refresh done: IN_FLIGHT (the replay);
 *                                                               refresh failed: DELIVERING (the 401)
 * DELIVERING          the outcome is queued                     its turn comes: DELIVERED
 * DELIVERED           the app's event took the outcome's place  (final)
 * ABORTED             aborted by id, by group or by a newer     (final)
 *                     request with the same id
 * </pre>
 *
 * <p>A request answered from the cache goes straight to DELIVERING.
 * {@link io.teaframe.http.Http#stateOf(String)} returns the state of a request by id.
 *
 * <p>The outcome does not become the app's event at once. It is queued as a
 * {@link io.teaframe.router.LateEvent}, and only when its turn comes does the effect run
 * the factory. The app's event is then handled in its place. This is what makes an abort win
 * over a response that arrived in the same tick: if the abort's event is handled first,
 * the call's epoch has changed by the time the outcome's turn comes, and the outcome is
 * dropped. A factory that throws is reported like a handler (phase {@code HANDLER})
 * while the queue goes on. The outcome of a token refresh is the one exception: it is
 * an internal event with a handler, because it may dispatch the token event and then the
 * replay of the waiting requests.
 *
 * <p>When the transport's callback (a promise reaction in the browser) has queued an
 * outcome, the effect runs that work in {@link io.teaframe.Frame#handleAfter}, so the
 * queue is handled at once rather than in a microtask after the callback. In a
 * sequential chain of requests the next one then reaches {@code fetch} sooner.
 *
 * <p>Abort rules. An {@link io.teaframe.http.AbortRequest} or
 * {@link io.teaframe.http.AbortGroup} ends the call and dispatches an ABORTED failure to
 * its {@code onFailure}, if it has one. A new request with the id of a running one
 * supersedes it: the old call ends silently, with no event at all. The group is also
 * a scope of {@link io.teaframe.scope.Scopes}: when its owner ends (a flow whose id is
 * the group, a view component whose {@code RenderContext.scope()} is the group, or a
 * {@link io.teaframe.scope.CancelScope} effect), the call ends silently too. An aborted call
 * leaves its exchange. When an exchange has no calls left, its transport request is
 * cancelled, which aborts the fetch, and its timers and listeners are stopped.
 *
 * <p>Timeouts. Each attempt has its own timer, from sending until the whole body is read,
 * because the transport reports only complete responses. When it fires, the transport
 * request is cancelled and the attempt fails with TIMEOUT, which may be retried.
 *
 * <p>Retries. {@link io.teaframe.http.RetryPolicy#shouldRetry} decides, as a pure function
 * of the method, the request's own policy, the failure kind, the status and the retries
 * so far. The wait is the policy's backoff with jitter from the frame's
 * {@link io.teaframe.port.RandomSource}, or the response's {@code Retry-After} (seconds
 * or an HTTP date), never more than the policy's cap. Only the last failure is
 * dispatched.
 *
 * <h2>Auth and the refresh state</h2>
 * Request interceptors run before every attempt, retries and replays included, for
 * requests to trusted origins only: relative URLs, the transport's origin, and the
 * origins listed with {@link io.teaframe.http.Http#trustOrigin}. Requests to other
 * origins get no interceptor headers, and {@link io.teaframe.http.Credentials#INCLUDE}
 * becomes {@code SAME_ORIGIN} for them.
 *
 * <p>With {@link io.teaframe.http.Http#refreshTokenWith}, a 401 from a trusted origin
 * starts the token refresh, which is IDLE or REFRESHING:
 *
 * <pre>
 * IDLE        a 401 arrives             the request waits; the refresh request is sent: REFRESHING
 * REFRESHING  more 401s arrive          they wait too; no second refresh request
 * REFRESHING  the refresh succeeds      the app's token event is dispatched, then an internal
 *                                       replay event. Events run in order, so the token is in
 *                                       the state when the replay sends every waiting request
 *                                       again, interceptors included: IDLE
 * REFRESHING  the refresh fails         every waiting request fails with its own 401, and the
 *                                       refresh's onFailure event is dispatched: IDLE
 * </pre>
 *
 * <p>A replayed request that gets 401 again fails; it does not start another refresh.
 * A 401 for an attempt sent before the last successful refresh is replayed at once
 * without a new refresh, because its token is already replaced.
 *
 * <h2>The cache</h2>
 * A GET with a {@link io.teaframe.http.CachePolicy} reads and fills the cache under its
 * key. An entry is, by its age and the reading request's policy:
 *
 * <pre>
 * FRESH    age &lt; ttl                  the request gets the entry; nothing is sent
 * STALE    ttl &lt;= age &lt; ttl + stale   the request gets the entry, and the URL is fetched in
 *                                     the background; on success the entry is replaced and
 *                                     onSuccess is dispatched again with the new response.
 *                                     On failure nothing is dispatched; a warning is logged
 * EXPIRED  later                      as if there were no entry
 * </pre>
 *
 * <p>Only successes are stored. The cache keeps 100 entries unless the app sets another
 * bound, and evicts the least recently used. Invalidation by key or by prefix removes
 * entries but leaves requests in flight alone.
 */
package io.teaframe.http;
