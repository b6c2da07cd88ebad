package io.teaframe.timer;

import java.util.Objects;

/** Stops the timer {@code id}, interval or timeout. Stopping an id that is not running does nothing. */
public record StopTimer(String id) {

    public StopTimer {
        Objects.requireNonNull(id, "id");
    }
}
