package io.teaframe.http;

import java.util.Objects;

/**
 * An effect that aborts the request with this id, if it is still running or its
 * outcome's event has not been handled yet. Its {@code onFailure} factory then gets an
 * {@link FailureKind#ABORTED} failure; a request without one ends silently.
 */
public record AbortRequest(String id) {

    public AbortRequest {
        Objects.requireNonNull(id, "id");
    }
}
