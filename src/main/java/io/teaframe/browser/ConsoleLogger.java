package io.teaframe.browser;

import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import java.util.Objects;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

/**
 * A {@link Logger} that writes to the browser console with the method that matches the
 * level: {@code console.debug}, {@code info}, {@code warn} or {@code error}.
 *
 * <p>A cause is appended to the message with its class and message, and those of its
 * causes. If TeaVM attached a JavaScript {@code Error} to the cause, that error is passed
 * to the console too, which prints its stack. TeaVM 0.16 attaches it when the exception is
 * created, so the stack shows where the cause was created.
 */
public final class ConsoleLogger implements Logger {

    /** The maximum number of causes printed for one message, which also ends a cycle of causes. */
    private static final int MAX_CAUSES = 8;

    private final LogLevel threshold;

    /**
     * Creates a logger that writes messages at {@code threshold} and above. A threshold of
     * {@link LogLevel#OFF} writes nothing.
     */
    public ConsoleLogger(LogLevel threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    @Override
    public boolean isEnabled(LogLevel level) {
        return threshold.allows(level);
    }

    @Override
    public void log(LogLevel level, String message, Throwable cause) {
        if (!threshold.allows(level)) {
            return;
        }
        String text = cause == null ? message : message + describe(cause);
        JSObject error = cause == null ? null : JSExceptions.getJSException(cause);
        if (error == null) {
            writeText(level, text);
        } else {
            writeWithError(level, text, error);
        }
    }

    /** Returns lines like {@code "\nCaused by: java.lang.IllegalStateException: message"}. */
    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        Throwable current = cause;
        for (int i = 0; i < MAX_CAUSES && current != null; i++) {
            text.append("\nCaused by: ").append(current.getClass().getName());
            String causeMessage = current.getMessage();
            if (causeMessage != null) {
                text.append(": ").append(causeMessage);
            }
            current = current.getCause();
        }
        return text.toString();
    }

    // If chains rather than enum switches: javac compiles an enum switch into an extra
    // lookup class, which would ship in every compiled app.
    private static void writeText(LogLevel level, String text) {
        if (level == LogLevel.DEBUG) {
            Console.debug(text);
        } else if (level == LogLevel.INFO) {
            Console.info(text);
        } else if (level == LogLevel.WARN) {
            Console.warn(text);
        } else {
            Console.error(text);
        }
    }

    private static void writeWithError(LogLevel level, String text, JSObject error) {
        if (level == LogLevel.DEBUG) {
            Console.debug(text, error);
        } else if (level == LogLevel.INFO) {
            Console.info(text, error);
        } else if (level == LogLevel.WARN) {
            Console.warn(text, error);
        } else {
            Console.error(text, error);
        }
    }
}
