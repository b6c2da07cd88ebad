package io.teaframe.promise;

import java.util.Objects;

/**
 * Cancels the running promise effect with {@code id}: its settlement is ignored and no
 * event is dispatched, not even a failure. Cancelling an id that is not running does
 * nothing.
 */
public record CancelPromise(String id) {

    public CancelPromise {
        Objects.requireNonNull(id, "id");
    }
}
