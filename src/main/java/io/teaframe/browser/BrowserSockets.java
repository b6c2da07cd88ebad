package io.teaframe.browser;

import io.teaframe.Frame;
import io.teaframe.socket.Sockets;

/** Installs the WebSocket effects of {@code io.teaframe.socket} with the browser's ports. */
public final class BrowserSockets {

    private BrowserSockets() {
    }

    /**
     * Registers the socket effects on {@code frame}, with a {@link BrowserSocketTransport}
     * and a {@link BrowserConnectivity}, so connections waiting to reconnect try again as
     * soon as the browser reports that it is back online.
     */
    public static Sockets install(Frame<?> frame) {
        return Sockets.install(frame, new BrowserSocketTransport(), new BrowserConnectivity());
    }
}
