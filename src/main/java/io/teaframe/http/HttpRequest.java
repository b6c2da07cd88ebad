package io.teaframe.http;

import io.teaframe.json.JsonBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An HTTP request as an effect: a handler returns it in its effects, and the
 * {@link Http} installed on the frame sends it and dispatches the events its factories
 * make from the outcome.
 *
 * <pre>{@code
 * frame.onFx(LoadUsers.class, (cofx, e) -> Effects.of(
 *         HttpRequest.get("/api/users")
 *                 .query("page", e.page())
 *                 .id("load-users")
 *                 .onSuccess(response -> new UsersLoaded(response.json().list("users", User::read)))
 *                 .onFailure(failure -> new LoadFailed(failure.message()))
 *                 .build()));
 * }</pre>
 *
 * <p>Defaults: the response format is {@link ResponseFormat#AUTO}, the timeout
 * 30,000 ms per attempt, the credentials mode
 * {@link Credentials#SAME_ORIGIN}, no id, no group, the retry policy of the method (see
 * {@link RetryPolicy#effective}) and no cache.
 *
 * <p>The value is immutable. {@link #toString()} shows the method, the URL without
 * query values, the id and the group; never header values that carry credentials,
 * query values or the body.
 */
public final class HttpRequest {

    /** The timeout of each attempt unless the request sets one, in milliseconds. */
    public static final double DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** The query of every request without query parameters, shared to save an array per request. */
    private static final String[] NO_QUERY = new String[0];

    private final String method;
    private final String url;
    private final String[] query;
    private final Headers headers;
    private final RequestBody body;
    private final ResponseFormat format;
    private final double timeoutMillis;
    private final Credentials credentials;
    private final String id;
    private final String group;
    private final RetryPolicy retry;
    private final CachePolicy cache;
    private final boolean authRefresh;
    private final Function<HttpResponse, ?> onSuccess;
    private final Function<HttpFailure, ?> onFailure;

    private HttpRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.query = b.query == null ? NO_QUERY : b.query.toArray(new String[0]);
        this.headers = b.headers;
        this.body = b.body;
        this.format = b.format;
        this.timeoutMillis = b.timeoutMillis;
        this.credentials = b.credentials;
        this.id = b.id;
        this.group = b.group;
        this.retry = b.retry;
        this.cache = b.cache;
        this.authRefresh = b.authRefresh;
        this.onSuccess = b.onSuccess;
        this.onFailure = b.onFailure;
    }

    public static Builder get(String url) {
        return new Builder("GET", url);
    }

    public static Builder post(String url) {
        return new Builder("POST", url);
    }

    public static Builder put(String url) {
        return new Builder("PUT", url);
    }

    public static Builder patch(String url) {
        return new Builder("PATCH", url);
    }

    public static Builder delete(String url) {
        return new Builder("DELETE", url);
    }

    /** Returns a builder for any method, such as {@code HEAD} or {@code OPTIONS}; it is upper-cased. */
    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    /** Returns a builder that starts with every part of this request. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns this request with every header named {@code name} replaced by one with {@code value}. */
    public HttpRequest withHeader(String name, String value) {
        Builder copy = toBuilder();
        copy.headers = headers.set(name, value);
        return copy.build();
    }

    /** The method, upper case. */
    public String method() {
        return method;
    }

    /** The URL as given, without the query parameters added by the builder. */
    public String url() {
        return url;
    }

    /**
     * The URL that is sent: {@link #url()} with the encoded query parameters appended
     * after {@code ?}, or after {@code &} when it already has a query, and before any
     * fragment.
     */
    public String finalUrl() {
        if (query.length == 0) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        StringBuilder out = new StringBuilder(base);
        if (base.indexOf('?') < 0) {
            out.append('?');
        } else if (!base.endsWith("?") && !base.endsWith("&")) {
            out.append('&');
        }
        UrlEncoding.appendPairs(out, query);
        if (hash >= 0) {
            out.append(url, hash, url.length());
        }
        return out.toString();
    }

    /** The query parameters in order: names at even indices, values at odd ones. */
    public List<String> queryPairs() {
        List<String> pairs = new ArrayList<>(query.length);
        for (String part : query) {
            pairs.add(part);
        }
        return pairs;
    }

    /** The headers the request sets itself, before interceptors and the body's {@code Content-Type}. */
    public Headers headers() {
        return headers;
    }

    /** The body, or null. */
    public RequestBody body() {
        return body;
    }

    public ResponseFormat format() {
        return format;
    }

    /** The timeout of each attempt in milliseconds; 0 or less means none. */
    public double timeoutMillis() {
        return timeoutMillis;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** The id that aborting and superseding refer to, or null. */
    public String id() {
        return id;
    }

    /**
     * The owner of the request, or null: a scope id, such as a flow's id or a view
     * component's {@code RenderContext.scope()}. Ending that scope ends the request silently.
     */
    public String group() {
        return group;
    }

    /** The retry policy the request set, or null for its method's default. */
    public RetryPolicy retry() {
        return retry;
    }

    /** The policy it follows: its own, or its method's default. */
    public RetryPolicy effectiveRetry() {
        return RetryPolicy.effective(method, retry);
    }

    /** The cache policy, or null when the request does not use the cache. */
    public CachePolicy cache() {
        return cache;
    }

    /** The cache key: the policy's own key, or the method and final URL. */
    public String cacheKey() {
        if (cache != null && cache.key() != null) {
            return cache.key();
        }
        return method + " " + finalUrl();
    }

    /** Whether a 401 response may start the {@link Http}'s token refresh; true unless turned off. */
    public boolean authRefresh() {
        return authRefresh;
    }

    /** The factory of the event for a successful response, or null. */
    public Function<HttpResponse, ?> onSuccess() {
        return onSuccess;
    }

    /** The factory of the event for the final failure, or null. */
    public Function<HttpFailure, ?> onFailure() {
        return onFailure;
    }

    /**
     * The header fields this request sends before interceptors: its own, plus the
     * body's {@code Content-Type} and, for {@link ResponseFormat#JSON}, an
     * {@code Accept: application/json}, unless it set those itself.
     */
    public Headers headersToSend() {
        Headers sent = headers;
        if (body != null && body.contentType() != null && !sent.contains("Content-Type")) {
            sent = sent.add("Content-Type", body.contentType());
        }
        if (format == ResponseFormat.JSON && !sent.contains("Accept")) {
            sent = sent.add("Accept", "application/json");
        }
        return sent;
    }

    /** Returns the method and the URL with query values hidden, for logs. */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(' ');
        int question = url.indexOf('?');
        text.append(question < 0 ? url : url.substring(0, question));
        if (question >= 0 || query.length > 0) {
            text.append("?…");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("HttpRequest[").append(describe());
        if (id != null) {
            text.append(" id=").append(id);
        }
        if (group != null) {
            text.append(" group=").append(group);
        }
        if (body != null) {
            text.append(" body=").append(bodyKind(body));
        }
        return text.append(" headers=").append(headers).append(']').toString();
    }

    private static String bodyKind(RequestBody body) {
        if (body instanceof RequestBody.JsonBody) {
            return "json";
        }
        if (body instanceof RequestBody.FormBody) {
            return "form";
        }
        if (body instanceof RequestBody.MultipartBody) {
            return "multipart";
        }
        return body instanceof RequestBody.TextBody ? "text" : "bytes";
    }

    /** Builds an {@link HttpRequest}; each method returns the builder. */
    public static final class Builder {

        private final String method;
        private final String url;
        /** The query parameters as name, value, name and so on, or null until the first is added. */
        private List<String> query;
        private Headers headers = Headers.EMPTY;
        private RequestBody body;
        private ResponseFormat format = ResponseFormat.AUTO;
        private double timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        private Credentials credentials = Credentials.SAME_ORIGIN;
        private String id;
        private String group;
        private RetryPolicy retry;
        private CachePolicy cache;
        private boolean authRefresh = true;
        private Function<HttpResponse, ?> onSuccess;
        private Function<HttpFailure, ?> onFailure;

        Builder(String method, String url) {
            Objects.requireNonNull(method, "method");
            // The methods of get, post and the others are upper case already; converting
            // them would cost the browser a new string per request.
            this.method = isUpperCase(method) ? method : method.toUpperCase();
            this.url = Objects.requireNonNull(url, "url");
            if (this.method.isEmpty()) {
                throw new IllegalArgumentException("the method cannot be empty");
            }
        }

        private static boolean isUpperCase(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z' || c > '~') {
                    return false;
                }
            }
            return true;
        }

        Builder(HttpRequest r) {
            this.method = r.method;
            this.url = r.url;
            if (r.query.length > 0) {
                query = new ArrayList<>();
                for (String part : r.query) {
                    query.add(part);
                }
            }
            this.headers = r.headers;
            this.body = r.body;
            this.format = r.format;
            this.timeoutMillis = r.timeoutMillis;
            this.credentials = r.credentials;
            this.id = r.id;
            this.group = r.group;
            this.retry = r.retry;
            this.cache = r.cache;
            this.authRefresh = r.authRefresh;
            this.onSuccess = r.onSuccess;
            this.onFailure = r.onFailure;
        }

        /** Adds a query parameter; a name may repeat, and the order is kept. */
        public Builder query(String name, String value) {
            if (query == null) {
                query = new ArrayList<>();
            }
            query.add(Objects.requireNonNull(name, "name"));
            query.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder query(String name, int value) {
            return query(name, Integer.toString(value));
        }

        /** Adds the parameter {@code name} once for each value, as {@code tag=a&tag=b}. */
        public Builder query(String name, Iterable<String> values) {
            for (String value : values) {
                query(name, value);
            }
            return this;
        }

        /** Adds a header field; a name may repeat. */
        public Builder header(String name, String value) {
            headers = headers.add(name, value);
            return this;
        }

        /** Adds every field of {@code more}. */
        public Builder headers(Headers more) {
            for (int i = 0; i < more.size(); i++) {
                headers = headers.add(more.name(i), more.value(i));
            }
            return this;
        }

        /** Sets the body; its {@code Content-Type} is sent unless a header sets one. */
        public Builder body(RequestBody requestBody) {
            this.body = requestBody;
            return this;
        }

        /** Sets a JSON body from its text, sent as {@code application/json}. */
        public Builder json(String jsonText) {
            return body(RequestBody.json(jsonText));
        }

        /** Sets a JSON body from a builder, sent as {@code application/json}. */
        public Builder json(JsonBuilder json) {
            return body(RequestBody.json(json.toJson()));
        }

        /** Sets a URL-encoded form body: a name, its value, the next name, and so on. */
        public Builder form(String... namesAndValues) {
            return body(RequestBody.form(namesAndValues));
        }

        /** Sets a {@code text/plain} body in UTF-8. */
        public Builder text(String text) {
            return body(RequestBody.text(text));
        }

        public Builder bytes(byte[] bytes, String contentType) {
            return body(RequestBody.bytes(bytes, contentType));
        }

        /** Sets a multipart body; the browser writes its {@code Content-Type} with the boundary. */
        public Builder multipart(RequestBody.MultipartBody multipart) {
            return body(multipart);
        }

        public Builder format(ResponseFormat responseFormat) {
            this.format = Objects.requireNonNull(responseFormat, "responseFormat");
            return this;
        }

        /**
         * Sets the timeout of each attempt, from sending to the last byte of the body;
         * 0 or less means none.
         */
        public Builder timeout(double millis) {
            if (Double.isNaN(millis) || Double.isInfinite(millis)) {
                throw new IllegalArgumentException("the timeout must be a finite number of milliseconds");
            }
            this.timeoutMillis = millis;
            return this;
        }

        /**
         * Sets the credentials mode. {@link Credentials#INCLUDE} applies only to
         * trusted origins (see {@link Http#trustOrigin}); elsewhere it is sent as
         * {@link Credentials#SAME_ORIGIN}.
         */
        public Builder credentials(Credentials mode) {
            this.credentials = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Sets the id. A newer request with the same id aborts this one silently. */
        public Builder id(String requestId) {
            this.id = requestId;
            return this;
        }

        /** Sets the owner, such as a view or a flow, which can abort its requests together. */
        public Builder group(String owner) {
            this.group = owner;
            return this;
        }

        /** Sets the retry policy; POST and PATCH are retried only with one. */
        public Builder retry(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Uses the response cache; only for GET. */
        public Builder cache(CachePolicy policy) {
            this.cache = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Stops a 401 response from starting the token refresh, for requests such as a
         * login whose 401 means wrong credentials, not an expired token.
         */
        public Builder noAuthRefresh() {
            this.authRefresh = false;
            return this;
        }

        /**
         * Sets the factory of the event dispatched for a 2xx response that decoded. It
         * runs when that event is due; it may return null to dispatch nothing.
         */
        public Builder onSuccess(Function<HttpResponse, ?> eventFactory) {
            this.onSuccess = eventFactory;
            return this;
        }

        /**
         * Sets the factory of the event dispatched for the final failure. Without one, a
         * failure other than {@link FailureKind#ABORTED} goes to the frame's error
         * handler. It may return null to dispatch nothing.
         */
        public Builder onFailure(Function<HttpFailure, ?> eventFactory) {
            this.onFailure = eventFactory;
            return this;
        }

        /**
         * Returns the request.
         *
         * @throws IllegalStateException if it has a cache policy and its method is not GET
         */
        public HttpRequest build() {
            if (cache != null && !method.equals("GET")) {
                throw new IllegalStateException("only GET requests can use the cache, not " + method);
            }
            return new HttpRequest(this);
        }
    }
}
