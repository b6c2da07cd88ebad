package io.teaframe.http;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.json.JsonParser;
import io.teaframe.port.Clock;
import io.teaframe.port.Connectivity;
import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import io.teaframe.port.RandomSource;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The HTTP effect of one frame: it sends the {@link HttpRequest} values that handlers
 * return and dispatches the events their factories make from the outcomes. See
 * package-info.java for the rules it follows.
 *
 * <pre>{@code
 * Http<App> http = Http.install(frame, new FetchTransport(), BrowserJson.PARSER, new BrowserConnectivity());
 * http.addInterceptor("auth", RequestInterceptors.bearerToken(App::token));
 * http.trustOrigin("https://api.example.com");
 * }</pre>
 *
 * <p>{@link #install} registers the effect handlers for {@link HttpRequest},
 * {@link AbortRequest}, {@link AbortGroup} and {@link InvalidateCache}, and the handlers
 * of two internal events of the token refresh. Like all events, those pass through the
 * frame's global interceptors. Other outcomes reach the app as its own events.
 *
 * @param <S> the app state's type, which request interceptors read
 */
public final class Http<S> {

    private final Frame<S> frame;
    private final HttpTransport transport;
    private final JsonParser parser;
    private final Connectivity connectivity;
    private final Scheduler timers;
    private final Clock clock;
    private final RandomSource random;
    private final Logger logger;
    private final Origins origins;
    private final AuthRefresh<S> auth = new AuthRefresh<>(this);
    private final ResponseCache cache = new ResponseCache();

    private final List<String> interceptorIds = new ArrayList<>();
    private final List<RequestInterceptor<S>> interceptors = new ArrayList<>();

    private final RunningCalls running = new RunningCalls();
    private final Map<String, Call> byId = new HashMap<>();
    /** The GET and HEAD exchanges in flight, by de-duplication key. */
    private final Map<ExchangeKey, Exchange> shared = new HashMap<>();

    private Http(Frame<S> frame, HttpTransport transport, JsonParser parser, Connectivity connectivity,
            Scheduler timers) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.clock = frame.platform().clock();
        this.random = frame.platform().random();
        this.logger = frame.logger();
        this.origins = new Origins(transport.origin());
    }

    /**
     * Installs the HTTP effect on {@code frame} and returns it for configuration.
     *
     * @param transport sends the requests: {@code FetchTransport} in the browser
     * @param parser decodes JSON bodies: {@code BrowserJson} in the browser
     * @param connectivity reports whether the browser is online, so that retries wait for the network
     */
    public static <S> Http<S> install(Frame<S> frame, HttpTransport transport, JsonParser parser,
            Connectivity connectivity) {
        return install(frame, transport, parser, connectivity, frame.platform().scheduler());
    }

    /**
     * Installs the effect as {@link #install(Frame, HttpTransport, JsonParser, Connectivity)}
     * does, but sets the timeouts of attempts and the waits before retries on
     * {@code timers} in place of the platform's scheduler. {@code BrowserHttp} passes a
     * {@link io.teaframe.port.SharedTimerScheduler}, so that an attempt whose response
     * cancels its timeout costs no native timer. Apps without HTTP do not carry that class.
     */
    public static <S> Http<S> install(Frame<S> frame, HttpTransport transport, JsonParser parser,
            Connectivity connectivity, Scheduler timers) {
        Http<S> http = new Http<>(frame, transport, parser, connectivity, timers);
        frame.registerEffect(HttpRequest.class, (request, context) -> http.start(request));
        frame.registerEffect(AbortRequest.class, (effect, context) -> http.abortId(effect.id()));
        frame.registerEffect(AbortGroup.class, (effect, context) -> http.abortGroup(effect.group()));
        frame.scopes().registerCancelEffect(frame);
        frame.registerEffect(InvalidateCache.class, (effect, context) -> http.invalidate(effect));
        frame.onFx(RefreshEnded.class, (cofx, ended) -> http.endRefresh(ended.delivery));
        frame.onFx(ReplayAfterRefresh.class, (cofx, event) -> {
            http.auth.replay();
            return Effects.none();
        });
        return http;
    }

    /** Installs the HTTP effect with a connectivity that is always online. */
    public static <S> Http<S> install(Frame<S> frame, HttpTransport transport, JsonParser parser) {
        return install(frame, transport, parser, Connectivity.ALWAYS_ONLINE);
    }

    // ---------------------------------------------------------------- configuration

    /**
     * Lets requests to {@code origin}, such as {@code https://api.example.com}, carry
     * credentials: the headers of request interceptors and {@link Credentials#INCLUDE}.
     * The page's own origin is always trusted.
     *
     * @throws IllegalArgumentException if {@code origin} is not {@code scheme://host[:port]}
     */
    public Http<S> trustOrigin(String origin) {
        origins.trust(origin);
        return this;
    }

    /**
     * Adds a request interceptor, run in the order added before each attempt to a
     * trusted origin. One with the same id is replaced in place.
     */
    public Http<S> addInterceptor(String id, RequestInterceptor<S> interceptor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interceptor, "interceptor");
        int index = interceptorIds.indexOf(id);
        if (index >= 0) {
            interceptors.set(index, interceptor);
        } else {
            interceptorIds.add(id);
            interceptors.add(interceptor);
        }
        return this;
    }

    public Http<S> removeInterceptor(String id) {
        int index = interceptorIds.indexOf(id);
        if (index >= 0) {
            interceptorIds.remove(index);
            interceptors.remove(index);
        }
        return this;
    }

    /**
     * Turns on the token refresh after a 401 from a trusted origin. {@code refreshRequest}
     * builds the refresh request from the state; its {@code onSuccess} event must store
     * the new token in the state, and its optional {@code onFailure} event can log the
     * user out. See package-info.java for the sequence.
     */
    public Http<S> refreshTokenWith(Function<? super S, HttpRequest> refreshRequest) {
        auth.configure(Objects.requireNonNull(refreshRequest, "refreshRequest"));
        return this;
    }

    /**
     * Sets how many responses the cache keeps; the least recently used go first. The
     * default is 100 entries, and 0 turns storing off.
     */
    public Http<S> setCacheCapacity(int maxEntries) {
        cache.setCapacity(maxEntries);
        return this;
    }

    // ---------------------------------------------------------------- inspection

    /** Returns the cache keys from the least to the most recently used. */
    public List<String> cacheKeys() {
        return cache.keys();
    }

    /** Returns how many requests have not had their last event handled yet. */
    public int runningRequests() {
        return running.size();
    }

    /**
     * Returns the state of the running request with {@code id}: {@code IN_FLIGHT},
     * {@code WAITING_TO_RETRY}, {@code WAITING_FOR_ONLINE}, {@code WAITING_FOR_AUTH} or
     * {@code DELIVERING} (its outcome event is queued); null if none is running.
     */
    public String stateOf(String id) {
        Call call = byId.get(id);
        return call == null ? null : call.stateName();
    }

    // ---------------------------------------------------------------- the effects

    private void start(HttpRequest request) {
        Call call = new Call(request, clock.now(), false);
        boolean answered = request.cache() != null && answerFromCache(call);
        if (!answered || call.revalidating) {
            attach(call);
        }

        // The new call is attached first, so that an old call for the same URL hands
        // its exchange over instead of cancelling it.
        running.add(call);
        if (request.group() != null) {
            // The owner (a flow or a view) ending is not an error of the request, so
            // cancelling its scope ends the call silently, as superseding does.
            call.scopeEntry = frame.scopes().add(request.group(), () -> abort(call, false));
        }
        if (request.id() != null) {
            Call previous = byId.get(request.id());
            if (previous != null) {
                abort(previous, false);
            }
            byId.put(request.id(), call);
        }
    }

    private boolean answerFromCache(Call call) {
        HttpRequest request = call.request;
        ResponseCache.Entry entry = cache.get(request.cacheKey());
        if (entry == null) {
            return false;
        }
        double age = clock.now() - entry.storedAt;
        CachePolicy policy = request.cache();
        if (age >= policy.ttlMillis() + policy.staleMillis()) {
            return false;
        }
        Body body = entry.body;
        if (entry.format != request.format()) {
            Decoding.Result again = Decoding.decode(entry.response, request.format(), parser);
            if (!again.isSuccess()) {
                return false;
            }
            body = again.body;
        }

        boolean fresh = age < policy.ttlMillis();
        HttpResponse response = new HttpResponse(request, entry.response, body, 0, 0, true);
        if (fresh) {
            call.state = Call.DELIVERING;
        } else {
            call.revalidating = true;
        }
        queue(new Delivery(this, call, response, null, fresh));
        return true;
    }

    private void attach(Call call) {
        HttpRequest request = call.request;
        ExchangeKey key = ExchangeKey.of(request);
        Exchange exchange = key == null ? null : shared.get(key);
        if (exchange != null) {
            exchange.calls.add(call);
            call.exchange = exchange;
            return;
        }
        exchange = new Exchange(this, request, key);
        if (key != null) {
            shared.put(key, exchange);
        }
        exchange.calls.add(call);
        call.exchange = exchange;
        exchange.send();
    }

    private void abortId(String id) {
        Call call = byId.get(id);
        if (call != null) {
            abort(call, true);
        }
    }

    private void abortGroup(String group) {
        for (Call call : running.inGroup(group)) {
            abort(call, true);
        }
    }

    /**
     * Ends {@code call} now. An outcome event already queued for it is dropped when
     * handled, because the epoch changes. Only an explicit abort dispatches an ABORTED
     * failure to onFailure.
     */
    private void abort(Call call, boolean explicit) {
        if (!call.isLive()) {
            return;
        }
        int attempts = call.exchange == null ? 0 : call.exchange.attempts;
        call.epoch++;
        call.state = Call.ABORTED;
        call.revalidating = false;
        detach(call);
        unregister(call);
        if (explicit && call.request.onFailure() != null) {
            HttpFailure failure = new HttpFailure(FailureKind.ABORTED, call.request, null, null, null, "aborted",
                    attempts, clock.now() - call.start);
            queue(new Delivery(this, call, null, failure, true));
        }
    }

    private void detach(Call call) {
        Exchange exchange = call.exchange;
        if (exchange == null) {
            return;
        }
        call.exchange = null;
        exchange.calls.remove(call);
        if (exchange.calls.isEmpty()) {
            exchange.cancel();
        }
    }

    private void unregister(Call call) {
        running.remove(call);
        call.scopeEntry.cancel();
        String id = call.request.id();
        if (id != null && byId.get(id) == call) {
            byId.remove(id);
        }
    }

    private void invalidate(InvalidateCache effect) {
        if (effect.isPrefix()) {
            cache.removePrefix(effect.key());
        } else {
            cache.remove(effect.key());
        }
    }

    // ---------------------------------------------------------------- outcomes

    /** Stores a successful outcome of {@code exchange} and queues the outcome event of each of its calls. */
    void finished(Exchange exchange, Decoding.Result result) {
        forgetShared(exchange);
        // No call can join the exchange now that it is not shared, and outcome() only
        // queues events, so the list is read in place rather than copied.
        List<Call> calls = exchange.calls;
        double now = clock.now();
        try {
            for (int i = 0; i < calls.size(); i++) {
                Call call = calls.get(i);
                call.exchange = null;
                if (result.isSuccess() && call.request.cache() != null) {
                    cache.put(call.request.cacheKey(),
                            new ResponseCache.Entry(result.response, result.body, exchange.request.format(), now));
                }
                outcome(call, result, exchange.attempts, now - call.start);
            }
        } finally {
            calls.clear();
        }
    }

    private void outcome(Call call, Decoding.Result result, int attempts, double elapsed) {
        if (result.isSuccess()) {
            HttpResponse response = new HttpResponse(call.request, result.response, result.body, attempts, elapsed,
                    false);
            call.state = Call.DELIVERING;
            call.revalidating = false;
            queue(new Delivery(this, call, response, null, true));
            return;
        }
        if (call.revalidating) {
            // The app already has the stale response; a failed background fetch only
            // leaves the stale entry in place.
            logger.warn("teaframe http: revalidating " + call.request.describe() + " failed: " + result.message);
            call.state = Call.DONE;
            call.revalidating = false;
            unregister(call);
            return;
        }
        HttpFailure failure = new HttpFailure(result.kind, call.request, result.response, result.rawText,
                result.failureJson, result.message, attempts, elapsed);
        call.state = Call.DELIVERING;
        queue(new Delivery(this, call, null, failure, true));
    }

    /**
     * Queues an outcome. The outcome of a token refresh is an event of its own, because
     * it may dispatch more than one event; see {@link RefreshEnded}.
     */
    private void queue(Delivery delivery) {
        frame.dispatch(delivery.call.isRefresh ? new RefreshEnded(delivery) : delivery);
    }

    /**
     * Returns the app's event for an outcome whose turn came, or null: none if its call
     * was aborted since it was queued, or if the request has no factory for it.
     */
    Object deliver(Delivery delivery) {
        if (!settle(delivery)) {
            return null;
        }
        HttpRequest request = delivery.call.request;
        if (delivery.response != null) {
            return request.onSuccess() == null ? null : request.onSuccess().apply(delivery.response);
        }
        if (request.onFailure() != null) {
            return request.onFailure().apply(delivery.failure);
        }
        if (delivery.failure.kind() != FailureKind.ABORTED) {
            frame.reportError(new FrameError(Phase.ASYNC_EFFECT, delivery, null, request,
                    new HttpFailureException(delivery.failure)));
        }
        return null;
    }

    /** Handles the outcome of a token refresh, unless an abort came first. */
    private Effects endRefresh(Delivery delivery) {
        return settle(delivery) ? auth.refreshEnded(delivery) : Effects.none();
    }

    /**
     * Returns false if the call of {@code delivery} was aborted since it was queued, and
     * otherwise ends the call if this outcome is its last, and returns true.
     */
    private boolean settle(Delivery delivery) {
        Call call = delivery.call;
        if (delivery.epoch != call.epoch) {
            return false;
        }
        if (delivery.isFinal && call.state != Call.ABORTED) {
            call.state = Call.DONE;
            unregister(call);
        }
        return true;
    }

    // ---------------------------------------------------------------- for the exchange and the refresh

    /**
     * Runs the work of a transport or timer callback and handles the outcomes it queued
     * in the callback's turn (see {@link Frame#handleAfter}). A response then reaches the
     * app's handler, and the request that handler returns reaches {@code fetch}, without
     * waiting for a microtask.
     */
    void handleOutcomes(Runnable work) {
        frame.handleAfter(work);
    }

    /** Builds the attempt the transport sends: interceptors applied, credentials restricted. */
    TransportRequest prepare(HttpRequest request) {
        boolean trusted = isTrusted(request);
        HttpRequest sent = request;
        if (trusted) {
            String origin = origins.originOf(request.url());
            for (int i = 0; i < interceptors.size(); i++) {
                String id = interceptorIds.get(i);
                try {
                    sent = interceptors.get(i).intercept(frame.state(), sent);
                } catch (RuntimeException e) {
                    throw new InterceptorFailure(id, e);
                }
                if (sent == null) {
                    throw new InterceptorFailure(id, new NullPointerException("the interceptor returned null"));
                }
                if (!Objects.equals(origin, origins.originOf(sent.url()))) {
                    throw new InterceptorFailure(id, new IllegalStateException(
                            "an interceptor may not send a request to another origin"));
                }
            }
        }

        Credentials credentials = sent.credentials();
        if (!trusted && credentials == Credentials.INCLUDE) {
            credentials = Credentials.SAME_ORIGIN;
            logger.debug("teaframe http: " + request.describe() + " goes to an untrusted origin; credentials "
                    + "are sent as same-origin, not include");
        }
        return new TransportRequest(sent.method(), sent.finalUrl(), sent.headersToSend(), sent.body(), credentials,
                sent.format());
    }

    boolean isTrusted(HttpRequest request) {
        return origins.isTrusted(request.url());
    }

    /** Reports an interceptor that threw and ends the exchange with an ABORTED failure. */
    void interceptorFailed(Exchange exchange, InterceptorFailure failure) {
        frame.reportError(new FrameError(Phase.ASYNC_EFFECT, null, failure.interceptorId, exchange.request,
                failure.getCause()));
        exchange.finish(new Decoding.Result(null, null, FailureKind.ABORTED, null, null,
                "not sent: request interceptor '" + failure.interceptorId + "' failed"));
    }

    /** Starts the refresh request as a call of its own that no app event can abort. */
    Call startRefresh(HttpRequest request) {
        Call call = new Call(request, clock.now(), true);
        attach(call);
        return call;
    }

    void forgetShared(Exchange exchange) {
        if (exchange.sharedKey != null && shared.get(exchange.sharedKey) == exchange) {
            shared.remove(exchange.sharedKey);
        }
    }

    void logRetry(Exchange exchange, Decoding.Result result, double waitMillis) {
        if (logger.isEnabled(LogLevel.DEBUG)) {
            logger.debug("teaframe http: " + exchange.request.describe() + " failed (" + result.message + "); retry "
                    + exchange.retries + " of " + exchange.request.effectiveRetry().maxRetries() + " in "
                    + (int) waitMillis + " ms");
        }
    }

    void logRefreshFailed(HttpFailure failure) {
        logger.warn("teaframe http: the token refresh failed (" + failure.message()
                + "); the requests that waited for it fail with their 401");
    }

    S state() {
        return frame.state();
    }

    void dispatch(Object event) {
        frame.dispatch(event);
    }

    AuthRefresh<S> auth() {
        return auth;
    }

    HttpTransport transport() {
        return transport;
    }

    JsonParser parser() {
        return parser;
    }

    Scheduler timers() {
        return timers;
    }

    Clock clock() {
        return clock;
    }

    RandomSource random() {
        return random;
    }

    Connectivity connectivity() {
        return connectivity;
    }
}
