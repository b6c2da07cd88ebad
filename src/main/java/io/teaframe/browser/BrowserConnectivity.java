package io.teaframe.browser;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Connectivity;
import java.util.Objects;
import org.teavm.jso.browser.Navigator;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * The {@link Connectivity} of the browser: {@code navigator.onLine}, and one listener on
 * the window's {@code online} event per {@link #whenOnline} call, removed when its
 * handle is cancelled.
 */
public final class BrowserConnectivity implements Connectivity {

    private static final String ONLINE_EVENT = "online";

    @Override
    public boolean online() {
        return Navigator.isOnline();
    }

    @Override
    public Cancellable whenOnline(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        Window window = Window.current();
        EventListener<Event> function = event -> listener.run();
        window.addEventListener(ONLINE_EVENT, function);
        return () -> window.removeEventListener(ONLINE_EVENT, function);
    }
}
