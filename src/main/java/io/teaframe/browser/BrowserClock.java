package io.teaframe.browser;

import io.teaframe.port.Clock;
import org.teavm.jso.browser.Performance;

/**
 * A {@link Clock} that reads {@code performance.now()}: milliseconds since the page
 * started loading, monotonic, and unaffected by changes to the system clock.
 */
public final class BrowserClock implements Clock {

    @Override
    public double now() {
        return Performance.now();
    }
}
