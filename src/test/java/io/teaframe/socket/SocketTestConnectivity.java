package io.teaframe.socket;

import io.teaframe.port.Cancellable;
import io.teaframe.port.Connectivity;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.List;

/** A connectivity the test switches off and on; listeners run as scheduler tasks, as the port promises. */
final class SocketTestConnectivity implements Connectivity {

    private final Scheduler scheduler;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean online = true;

    SocketTestConnectivity(Scheduler scheduler) {
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

    void goOffline() {
        online = false;
    }

    void goOnline() {
        if (online) {
            return;
        }
        online = true;
        for (Runnable listener : new ArrayList<>(listeners)) {
            scheduler.nextTick(listener);
        }
    }
}
