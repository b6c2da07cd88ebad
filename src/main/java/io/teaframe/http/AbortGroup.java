package io.teaframe.http;

import java.util.Objects;

/**
 * An effect that aborts every running request of a group, for example when the view or
 * flow that owns them goes away. Each gets an {@link FailureKind#ABORTED} failure as
 * {@link AbortRequest} describes.
 */
public record AbortGroup(String group) {

    public AbortGroup {
        Objects.requireNonNull(group, "group");
    }
}
