package io.teaframe.demo;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reads the API base URL from the page: the {@code content} of
 * {@code <meta name="teaframe-api-base">}, else the global {@code TEAFRAME_API_BASE},
 * else the page's own origin.
 */
final class PageConfig {

    static final String META_NAME = "teaframe-api-base";

    private PageConfig() {
    }

    static Api readApi() {
        String configured = null;
        HTMLElement meta = HTMLDocument.current().querySelector("meta[name='" + META_NAME + "']");
        if (meta != null) {
            configured = meta.getAttribute("content");
        }
        if (configured == null || configured.isBlank()) {
            configured = globalApiBase();
        }
        Location location = Window.current().getLocation();
        return Api.resolve(configured, location.getProtocol(), location.getHost());
    }

    @JSBody(script = "return typeof window.TEAFRAME_API_BASE === 'string' ? window.TEAFRAME_API_BASE : null;")
    private static native String globalApiBase();
}
