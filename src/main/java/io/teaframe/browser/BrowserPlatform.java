package io.teaframe.browser;

import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import io.teaframe.port.Platform;

/** Static factories for a {@link Platform} made of the browser implementations of the ports. */
public final class BrowserPlatform {

    /** The console threshold of {@link #create()}: warnings and errors only. */
    public static final LogLevel DEFAULT_LOG_THRESHOLD = LogLevel.WARN;

    private BrowserPlatform() {
    }

    /** Creates a browser platform that logs warnings and errors to the console. */
    public static Platform create() {
        return create(DEFAULT_LOG_THRESHOLD);
    }

    /**
     * Creates a browser platform that logs messages at {@code threshold} and above to the
     * console. The scheduler reports tasks that throw through the same logger.
     */
    public static Platform create(LogLevel threshold) {
        Logger logger = new ConsoleLogger(threshold);
        return new Platform(new BrowserScheduler(logger), new BrowserClock(), logger, new BrowserRandom());
    }
}
