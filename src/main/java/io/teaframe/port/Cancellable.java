package io.teaframe.port;

/**
 * A handle on scheduled work. Cancelling is idempotent, and cancelling work that
 * already ran does nothing.
 */
@FunctionalInterface
public interface Cancellable {

    /** A handle for work that cannot be cancelled or is already done. */
    Cancellable NONE = () -> { };

    /** Cancels the work if it has not run yet. */
    void cancel();
}
