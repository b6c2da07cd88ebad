package io.teaframe.effect;

import java.util.Objects;

/**
 * Cancels the pending {@link DispatchLater} with this id. Cancelling an id that is not
 * pending, because it already fired or never existed, does nothing. DispatchLater shares
 * its ids with the timers of {@code io.teaframe.timer}, so this also stops an interval
 * with that id.
 */
public record CancelDispatchLater(String id) implements BuiltInEffect {

    public CancelDispatchLater {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public void applyTo(Target target) {
        target.cancelDispatchLater(id);
    }
}
