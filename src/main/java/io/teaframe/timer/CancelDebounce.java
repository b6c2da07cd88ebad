package io.teaframe.timer;

import java.util.Objects;

/** Drops the pending call of the debounce or throttle {@code id} without firing it. An idle id does nothing. */
public record CancelDebounce(String id) {

    public CancelDebounce {
        Objects.requireNonNull(id, "id");
    }
}
