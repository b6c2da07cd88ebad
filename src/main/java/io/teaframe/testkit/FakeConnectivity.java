package io.teaframe.testkit;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Connectivity;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Connectivity} that the test switches. Going back online calls each listener
 * as a scheduler task of its own, as the browser's {@code online} event does.
 */
public final class FakeConnectivity implements Connectivity {

    private final Scheduler scheduler;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean online = true;

    /** Returns a connectivity that starts online. */
    public FakeConnectivity(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public Cancellable whenOnline(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Goes offline or online; going online schedules every listener. */
    public void setOnline(boolean nowOnline) {
        boolean cameBack = nowOnline && !online;
        online = nowOnline;
        if (!cameBack) {
            return;
        }
        for (Runnable listener : new ArrayList<>(listeners)) {
            scheduler.nextTick(() -> {
                if (listeners.contains(listener)) {
                    listener.run();
                }
            });
        }
    }

    /** Returns how many listeners wait for the next change to online. */
    public int listenerCount() {
        return listeners.size();
    }
}
