package io.teaframe.port;

import java.util.Objects;

/**
 * One implementation of each port, handed to a frame when it is created.
 *
 * @param scheduler runs the router and delayed effects
 * @param clock supplies the {@code now} coeffect and times the trace
 * @param logger receives warnings, errors and debug output
 * @param random supplies the {@code random} coeffect
 */
public record Platform(Scheduler scheduler, Clock clock, Logger logger, RandomSource random) {

    public Platform {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(random, "random");
    }

    /** Returns a copy with another logger. */
    public Platform withLogger(Logger newLogger) {
        return new Platform(scheduler, clock, newLogger, random);
    }
}
