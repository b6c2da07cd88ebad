package io.teaframe.demo;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserConnectivity;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserSocketTransport;
import io.teaframe.browser.FetchTransport;
import io.teaframe.view.View;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The demo app: a user directory with search, paging, details, editing, live updates
 * over a WebSocket and a message panel, against the demo server's {@code /api} and
 * {@code /ws}. The page sets the server's URL (see {@link PageConfig}); by default it
 * is the page's own origin. This class only wires the browser adapters into
 * {@link DemoApp}, which holds the app itself.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Api api = PageConfig.readApi();
        Frame<App> frame = Frame.create(App.initial(api), BrowserPlatform.create());
        DemoApp.install(frame, new FetchTransport(), BrowserJson.PARSER, new BrowserConnectivity(),
                new BrowserSocketTransport());

        HTMLElement container = HTMLDocument.current().getElementById("app");
        container.clear();
        View.mount(frame, new BrowserDom(), container, Root.PAGE, null);

        DemoApp.start(frame);
    }
}
