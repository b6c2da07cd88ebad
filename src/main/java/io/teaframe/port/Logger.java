package io.teaframe.port;

/**
 * Writes the library's messages. In the browser they go to the console with the
 * matching level; library code never writes to {@code System.out}.
 */
public interface Logger {

    /**
     * Logs {@code message} at {@code level}, with an optional {@code cause} (may be
     * null). Messages below the logger's threshold are dropped.
     */
    void log(LogLevel level, String message, Throwable cause);

    /** Returns true if a message at {@code level} would be written. */
    boolean isEnabled(LogLevel level);

    default void debug(String message) {
        log(LogLevel.DEBUG, message, null);
    }

    default void info(String message) {
        log(LogLevel.INFO, message, null);
    }

    default void warn(String message) {
        log(LogLevel.WARN, message, null);
    }

    default void error(String message, Throwable cause) {
        log(LogLevel.ERROR, message, cause);
    }
}
