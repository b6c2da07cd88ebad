package io.teaframe;

/**
 * Receives every failure of a frame. The default logs it at ERROR level. One handler per
 * frame; registering another replaces it. If the handler itself throws, the frame logs
 * that and goes on.
 */
@FunctionalInterface
public interface ErrorHandler {

    void onError(FrameError error);
}
