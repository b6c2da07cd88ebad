package io.teaframe.browser;

import io.teaframe.Frame;
import io.teaframe.http.Http;

/**
 * Installs the HTTP effect on a frame with the three browser adapters:
 * {@link FetchTransport}, {@link BrowserJson} and {@link BrowserConnectivity}.
 *
 * <pre>{@code
 * Http<App> http = BrowserHttp.install(frame);
 * http.addInterceptor("auth", RequestInterceptors.bearerToken(App::token));
 * }</pre>
 */
public final class BrowserHttp {

    private BrowserHttp() {
    }

    /**
     * Installs the HTTP effect on {@code frame}, as {@link Http#install} does, with
     * {@code fetch}, {@code JSON.parse} and {@code navigator.onLine}. The transport logs
     * an exception thrown by a response callback through the frame's logger.
     */
    public static <S> Http<S> install(Frame<S> frame) {
        return Http.install(frame, new FetchTransport(frame.logger()), BrowserJson.PARSER,
                new BrowserConnectivity());
    }
}
