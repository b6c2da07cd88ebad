package io.teaframe.testkit;

import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A logger that keeps every message, so tests can assert on warnings. It records
 * all levels and prints nothing.
 */
public final class RecordingLogger implements Logger {

    /** One logged message. */
    public record Entry(LogLevel level, String message, Throwable cause) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void log(LogLevel level, String message, Throwable cause) {
        entries.add(new Entry(level, message, cause));
    }

    @Override
    public boolean isEnabled(LogLevel level) {
        return level != LogLevel.OFF;
    }

    /** Returns every entry so far, oldest first. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Returns the messages logged at {@code level}, oldest first. */
    public List<String> messages(LogLevel level) {
        List<String> messages = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.level() == level) {
                messages.add(entry.message());
            }
        }
        return messages;
    }

    public void clear() {
        entries.clear();
    }
}
