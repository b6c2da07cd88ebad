package io.teaframe.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The members of {@code fetch}, {@code Response}, {@code Headers} and
 * {@code AbortController} that {@link FetchTransport} uses. teavm-jso-apis 0.16 has no
 * bindings for them.
 *
 * <p>Promises are declared with the one {@code then} call the transport makes, with
 * typed handlers, so no JavaScript value passes through a Java {@code Object}.
 */
abstract class Fetch implements JSObject {

    private Fetch() {
    }

    @JSBody(params = {"url", "init"}, script = "return fetch(url, init);")
    static native ResponsePromise fetch(String url, RequestInit init);

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

        TextPromise text();

        BufferPromise arrayBuffer();
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

    /** The promise of {@code fetch}: a {@link Response} once the headers arrived. */
    interface ResponsePromise extends JSObject {
        void then(ResponseHandler onFulfilled, RejectionHandler onRejected);
    }

    /** The promise of {@code Response.text()}. */
    interface TextPromise extends JSObject {
        void then(TextHandler onFulfilled, RejectionHandler onRejected);
    }

    /** The promise of {@code Response.arrayBuffer()}. */
    interface BufferPromise extends JSObject {
        void then(BufferHandler onFulfilled, RejectionHandler onRejected);
    }

    @JSFunctor
    interface ResponseHandler extends JSObject {
        void handle(Response response);
    }

    @JSFunctor
    interface TextHandler extends JSObject {
        void handle(JSString text);
    }

    @JSFunctor
    interface BufferHandler extends JSObject {
        void handle(ArrayBuffer buffer);
    }

    @JSFunctor
    interface RejectionHandler extends JSObject {
        void handle(JSObject reason);
    }
}
