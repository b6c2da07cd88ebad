package io.teaframe.demo.errors;

import io.teaframe.demo.Lists;
import java.util.List;

/** The errors that reached the error boundary, oldest first, at most {@value #MAX_KEPT}. */
public record ErrorsState(List<Entry> entries, int nextId) {

    static final int MAX_KEPT = 20;

    /**
     * One reported error.
     *
     * @param phase where it happened, such as {@code HANDLER} or {@code ASYNC_EFFECT}
     * @param timeMillis the clock time of the report
     */
    public record Entry(int id, String phase, String text, double timeMillis) {
    }

    public static ErrorsState initial() {
        return new ErrorsState(List.of(), 1);
    }

    ErrorsState with(String phase, String text, double timeMillis) {
        return new ErrorsState(Lists.appendCapped(entries, new Entry(nextId, phase, text, timeMillis), MAX_KEPT),
                nextId + 1);
    }
}
