package io.teaframe.testkit;

import io.teaframe.port.RandomSource;
import java.util.Random;

/** A random source that gives the same sequence for the same seed. */
public final class SeededRandom implements RandomSource {

    private final Random random;

    public SeededRandom(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }
}
