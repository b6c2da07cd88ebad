package io.teaframe.demo;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserConnectivity;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserSockets;
import io.teaframe.browser.FetchTransport;
import io.teaframe.demo.chat.ChatHandlers;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.connection.ConnectionHandlers;
import io.teaframe.demo.details.DetailsHandlers;
import io.teaframe.demo.errors.Errors;
import io.teaframe.demo.faults.FaultsEvents.LoadFaults;
import io.teaframe.demo.faults.FaultsHandlers;
import io.teaframe.demo.network.Activity;
import io.teaframe.demo.network.ObservedTransport;
import io.teaframe.demo.notifications.Notifications;
import io.teaframe.demo.search.Search;
import io.teaframe.demo.users.UserEvents.LoadUsers;
import io.teaframe.demo.users.UsersHandlers;
import io.teaframe.flow.Flows;
import io.teaframe.http.Http;
import io.teaframe.socket.Sockets;
import io.teaframe.timer.Timers;
import io.teaframe.view.View;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The demo app: a user directory with search, paging, details, editing, live updates
 * over a WebSocket and a message panel, against the demo server's {@code /api} and
 * {@code /ws}. The page sets the server's URL (see {@link PageConfig}); by default it
 * is the page's own origin.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Api api = PageConfig.readApi();
        Frame<App> frame = Frame.create(App.initial(api), BrowserPlatform.create());

        // The error boundary comes first, so that a failure in any later step reaches the panel.
        Errors.register(frame);
        Timers.install(frame);
        Flows.install(frame);
        Http.install(frame, new ObservedTransport(new FetchTransport(), frame::dispatch), BrowserJson.PARSER,
                new BrowserConnectivity());
        Sockets sockets = BrowserSockets.install(frame);

        UsersHandlers.register(frame);
        Search.register(frame);
        DetailsHandlers.register(frame);
        ChatHandlers.register(frame, sockets);
        ConnectionHandlers.register(frame, BrowserJson.PARSER);
        Notifications.register(frame);
        FaultsHandlers.register(frame);
        Activity.register(frame);

        HTMLElement container = HTMLDocument.current().getElementById("app");
        container.clear();
        View.mount(frame, new BrowserDom(), container, Root.PAGE, null);

        frame.dispatch(new LoadUsers());
        frame.dispatch(new Connect());
        frame.dispatch(new LoadFaults());
    }
}
