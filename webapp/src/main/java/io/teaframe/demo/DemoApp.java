package io.teaframe.demo;

import io.teaframe.Frame;
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
import io.teaframe.http.HttpTransport;
import io.teaframe.json.JsonParser;
import io.teaframe.port.Connectivity;
import io.teaframe.socket.SocketTransport;
import io.teaframe.socket.Sockets;
import io.teaframe.timer.Timers;

/**
 * Registers the demo's handlers, effects and subscriptions on a frame, with the ports
 * given by the caller. {@link Main} passes the browser adapters, and a JVM test passes the
 * test kit's fakes and runs the same handlers on virtual time.
 */
public final class DemoApp {

    private DemoApp() {
    }

    /**
     * Installs the error boundary, timers, flows, the HTTP and socket effects and every
     * feature's handlers. The HTTP transport is wrapped so that each attempt reaches the
     * activity log.
     */
    public static void install(Frame<App> frame, HttpTransport transport, JsonParser parser,
            Connectivity connectivity, SocketTransport socketTransport) {
        // The error boundary comes first, so that a failure in any later step reaches the panel.
        Errors.register(frame);
        Timers.install(frame);
        Flows.install(frame);
        Http.install(frame, new ObservedTransport(transport, frame::dispatch), parser, connectivity);
        Sockets sockets = Sockets.install(frame, socketTransport, connectivity);

        UsersHandlers.register(frame);
        Search.register(frame);
        DetailsHandlers.register(frame);
        ChatHandlers.register(frame, sockets);
        ConnectionHandlers.register(frame, parser);
        Notifications.register(frame);
        FaultsHandlers.register(frame);
        Activity.register(frame);
    }

    /** Queues the start-up events: the first page of users, the live socket and the fault settings. */
    public static void start(Frame<App> frame) {
        frame.dispatch(new LoadUsers());
        frame.dispatch(new Connect());
        frame.dispatch(new LoadFaults());
    }
}
