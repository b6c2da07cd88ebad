package io.teaframe.timer;

import java.util.Objects;

/**
 * Fires the pending call of the debounce or throttle {@code id} now, as if its wait had
 * ended (only if its trailing edge is on, as in lodash). An id with nothing pending does
 * nothing.
 */
public record FlushDebounce(String id) {

    public FlushDebounce {
        Objects.requireNonNull(id, "id");
    }
}
