package io.teaframe.port;

/** Severity of a log message, from the most verbose to the most severe. */
public enum LogLevel {
    DEBUG,
    INFO,
    WARN,
    ERROR,
    /** As a threshold: log nothing. */
    OFF;

    /** Returns true when a message of {@code level} passes this threshold. */
    public boolean allows(LogLevel level) {
        return level != OFF && level.ordinal() >= ordinal();
    }
}
