package io.teaframe.browser;

import io.teaframe.Frame;
import io.teaframe.http.Http;
import io.teaframe.port.Platform;
import io.teaframe.port.SharedTimerScheduler;

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
     * an exception thrown by a response callback through the frame's logger. The
     * timeouts of attempts share one {@code setTimeout} through a
     * {@link SharedTimerScheduler}, because most of them are cancelled by their response.
     */
    public static <S> Http<S> install(Frame<S> frame) {
        Platform platform = frame.platform();
        return Http.install(frame, new FetchTransport(frame.logger()), BrowserJson.PARSER,
                new BrowserConnectivity(), new SharedTimerScheduler(platform.scheduler(), platform.clock()));
    }
}
