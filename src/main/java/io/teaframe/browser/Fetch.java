package io.teaframe.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The members of {@code fetch}, {@code Response}, {@code Headers} and
 * {@code AbortController} that {@link FetchTransport} uses. teavm-jso-apis 0.16 has no
 * bindings for them.
 *
 * <p>The promises of {@code fetch} and of the body reads are handled in the scripts of
 * {@link #fetch}, {@link #readText} and {@link #readBuffer}, which call a typed
 * {@link FetchListener}, so no JavaScript value passes through a Java {@code Object}.
 */
abstract class Fetch implements JSObject {

    private Fetch() {
    }

    /**
     * Calls {@code fetch(url, init)} and hands its outcome to {@code listener}: the
     * {@code Response} once the headers arrived, or the rejection reason. The handlers
     * are plain script functions that call the listener's methods, because a Java
     * lambda passed as a function costs a wrapper object and more work per request.
     * Throws at once where {@code fetch} does, such as for an invalid header value.
     */
    @JSBody(params = {"url", "init", "listener"}, script = "fetch(url, init).then("
            + "function (response) { listener.onResponse(response); },"
            + " function (reason) { listener.onRejected(reason); });")
    static native void fetch(String url, RequestInit init, FetchListener listener);

    /** Reads the body of {@code response} as text and hands it, or the rejection reason, to {@code listener}. */
    @JSBody(params = {"response", "listener"}, script = "response.text().then("
            + "function (text) { listener.onText(text); },"
            + " function (reason) { listener.onRejected(reason); });")
    static native void readText(Response response, FetchListener listener);

    /** Reads the body of {@code response} as an {@code ArrayBuffer} and hands it, or the rejection reason, to {@code listener}. */
    @JSBody(params = {"response", "listener"}, script = "response.arrayBuffer().then("
            + "function (buffer) { listener.onBuffer(buffer); },"
            + " function (reason) { listener.onRejected(reason); });")
    static native void readBuffer(Response response, FetchListener listener);

    /** Returns {@code location.origin}, such as {@code http://127.0.0.1:8080}. */
    @JSBody(script = "return location.origin;")
    static native String pageOrigin();

    /** Returns the {@code message} of a rejection reason, or the reason converted to a string if it has none. */
    @JSBody(params = "reason", script = "return reason && typeof reason.message === 'string'"
            + " ? reason.message : String(reason);")
    static native String describe(JSObject reason);

    /** The options object of {@code fetch}. Only the members set here are sent. */
    interface RequestInit extends JSObject {

        @JSProperty
        void setMethod(String method);

        @JSProperty
        void setHeaders(FetchHeaders headers);

        /** A string, a {@code Uint8Array}-like view or a {@code FormData}. */
        @JSProperty
        void setBody(JSObject body);

        @JSProperty
        void setCredentials(String credentials);

        @JSProperty
        void setSignal(AbortSignal signal);
    }

    /** The members of a {@code Response} that the transport reads. */
    interface Response extends JSObject {

        @JSProperty
        int getStatus();

        @JSProperty
        String getStatusText();

        @JSProperty
        FetchHeaders getHeaders();
    }

    /** A {@code Headers} object: the request's fields, or the response's. */
    @JSClass(name = "Headers")
    static class FetchHeaders implements JSObject {

        FetchHeaders() {
        }

        native void append(String name, String value);

        /** Returns the value of the field {@code name} in any case, repeated fields joined by ", ", or null. */
        native String get(String name);
    }

    /**
     * Returns the fields of {@code headers} as a name, its value, the next name and so
     * on: names in lower case, in the order the browser lists them, repeated fields
     * joined by ", ".
     */
    @JSBody(params = "headers", script = "var pairs = [];"
            + " headers.forEach(function (value, name) { pairs.push(name, value); });"
            + " return pairs;")
    static native String[] headerPairs(FetchHeaders headers);

    @JSClass(name = "AbortController")
    static class AbortController implements JSObject {

        AbortController() {
        }

        @JSProperty
        native AbortSignal getSignal();

        native void abort();
    }

    interface AbortSignal extends JSObject {
    }

    /** The receiver of one request's promise outcomes, called from the scripts of {@link #fetch}, {@link #readText} and {@link #readBuffer}. */
    interface FetchListener extends JSObject {

        /** Receives the response of {@code fetch}, before its body was read. */
        void onResponse(Response response);

        void onText(JSString text);

        void onBuffer(ArrayBuffer buffer);

        /** Receives the reason of a rejected {@code fetch} or body read. */
        void onRejected(JSObject reason);
    }
}
