package io.teaframe.e2e.demo;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** The current {@link FaultSettings}, shared by the API, the socket and the admin endpoints. */
final class Faults {

    private final AtomicReference<FaultSettings> settings = new AtomicReference<>(FaultSettings.NONE);

    FaultSettings settings() {
        return settings.get();
    }

    void set(FaultSettings next) {
        settings.set(next);
    }

    /** Draws whether the next API request gets an injected error, with the chance of the error rate. */
    boolean drawError(FaultSettings current) {
        return current.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < current.errorRate();
    }

    boolean stallPongs() {
        return settings.get().stallPongs();
    }
}
