package io.teaframe.testkit;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.port.Platform;
import io.teaframe.sub.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A frame on virtual time with its errors and log kept for assertions. See this
 * package's documentation for an example.
 *
 * <p>Errors reported by the frame are collected in {@link #errors()} and also logged.
 *
 * @param <S> the type of the app state
 */
public final class TestFrame<S> {

    /** The random seed used by {@link #create(Object)}. */
    public static final long DEFAULT_SEED = 42;

    private final VirtualTime time;
    private final RecordingLogger logger;
    private final Frame<S> frame;
    private final List<FrameError> errors = new ArrayList<>();

    private TestFrame(S initialState, long seed) {
        this.time = new VirtualTime();
        this.logger = new RecordingLogger();
        this.frame = Frame.create(initialState, new Platform(time, time, logger, new SeededRandom(seed)));
        frame.setErrorHandler(error -> {
            errors.add(error);
            logger.error(error.describe(), error.cause());
        });
    }

    /** Returns a test frame holding {@code initialState}, seeded with {@link #DEFAULT_SEED}. */
    public static <S> TestFrame<S> create(S initialState) {
        return new TestFrame<>(initialState, DEFAULT_SEED);
    }

    /** Returns a test frame whose random coeffect is seeded with {@code seed}. */
    public static <S> TestFrame<S> create(S initialState, long seed) {
        return new TestFrame<>(initialState, seed);
    }

    public Frame<S> frame() {
        return frame;
    }

    public VirtualTime time() {
        return time;
    }

    public RecordingLogger logger() {
        return logger;
    }

    /** Queues {@code event} without handling it; call {@link #drain()} to handle it. */
    public TestFrame<S> dispatch(Object event) {
        frame.dispatch(event);
        return this;
    }

    /** Queues {@code event} and handles everything due now. */
    public TestFrame<S> dispatchAndDrain(Object event) {
        frame.dispatch(event);
        return drain();
    }

    /** Runs every task due now: the queued events and what they dispatch. */
    public TestFrame<S> drain() {
        time.runDue();
        return this;
    }

    /** Moves virtual time forward by {@code millis}, running what falls due. */
    public TestFrame<S> advance(double millis) {
        time.advance(millis);
        return this;
    }

    public S state() {
        return frame.state();
    }

    /** Returns the value of {@code query} once, leaving no subscription node behind. */
    public <T> T read(Query<T> query) {
        return frame.read(query);
    }

    /** Returns the errors reported so far, oldest first. */
    public List<FrameError> errors() {
        return Collections.unmodifiableList(errors);
    }

    /**
     * Throws an {@link AssertionError} listing the reported errors, if there are any.
     */
    public void assertNoErrors() {
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(errors.size() + " frame error(s):");
            for (FrameError error : errors) {
                message.append("\n  ").append(error.describe());
            }
            AssertionError failure = new AssertionError(message.toString());
            failure.initCause(errors.get(0).cause());
            throw failure;
        }
    }
}
