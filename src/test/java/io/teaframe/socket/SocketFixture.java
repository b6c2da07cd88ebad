package io.teaframe.socket;

import io.teaframe.FrameError;
import io.teaframe.effect.Effects;
import io.teaframe.json.Json;
import io.teaframe.testkit.FakeSocket;
import io.teaframe.testkit.FakeSocketTransport;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * A test frame with the socket effects installed on a fake transport. The app state is
 * the list of events handled, so tests assert on what the app saw and in which order.
 */
final class SocketFixture {

    record Log(List<Object> events) {
        Log with(Object event) {
            List<Object> copy = new ArrayList<>(events);
            copy.add(event);
            return new Log(copy);
        }
    }

    /** An incoming message as the app sees it: text, JSON text, or bytes. */
    record Got(Object message) {
    }

    /** Runs effects, as a handler of the app would return them. */
    record Run(List<Object> effects) {
    }

    record Answered(String body) {
    }

    record TimedOut(String request) {
    }

    final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    final FakeSocketTransport server = new FakeSocketTransport(t.time());
    final SocketTestConnectivity connectivity = new SocketTestConnectivity(t.time());
    final Sockets sockets = Sockets.install(t.frame(), server, connectivity);

    SocketFixture() {
        for (Class<?> type : List.of(SocketOpened.class, SocketClosed.class, SocketError.class, SocketStatus.class,
                OutboxOverflow.class, Got.class, Answered.class, TimedOut.class)) {
            logEvents(type);
        }
        t.frame().onFx(Run.class, (cofx, run) -> Effects.of(run.effects().toArray()));
    }

    private <E> void logEvents(Class<E> type) {
        t.frame().on(type, (log, event) -> log.with(event));
    }

    /** Returns a text-codec config whose every lifecycle event reaches the log, without jitter. */
    SocketConfig.Builder text(String id) {
        return SocketConfig.builder(id, "ws://127.0.0.1/" + id, Got::new)
                .reconnect(ReconnectPolicy.defaults().withJitter(0))
                .onOpened(e -> e)
                .onClosed(e -> e)
                .onError(e -> e)
                .onStatus(s -> s)
                .onOverflow(o -> o);
    }

    /** Returns a JSON-codec config like {@link #text}; messages reach the log as their JSON text. */
    SocketConfig.Builder json(String id) {
        return SocketConfig.builder(id, "ws://127.0.0.1/" + id, message -> new Got(((Json) message).toJson()))
                .codec(SocketCodec.json(JvmJson.PARSER))
                .reconnect(ReconnectPolicy.defaults().withJitter(0))
                .onOpened(e -> e)
                .onClosed(e -> e)
                .onError(e -> e)
                .onStatus(s -> s)
                .onOverflow(o -> o);
    }

    /** Runs {@code effects} in one event and handles everything due now. */
    void run(Object... effects) {
        t.dispatchAndDrain(new Run(List.of(effects)));
    }

    /** Connects with {@code config}, accepts the socket, and returns it. */
    FakeSocket connectAndAccept(SocketConfig config) {
        run(new SocketConnect(config));
        FakeSocket socket = server.last().accept();
        t.drain();
        return socket;
    }

    <T> List<T> events(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (Object event : t.state().events()) {
            if (type.isInstance(event)) {
                matching.add(type.cast(event));
            }
        }
        return matching;
    }

    /** Returns the messages the app received, in order. */
    List<Object> messages() {
        List<Object> messages = new ArrayList<>();
        for (Got got : events(Got.class)) {
            messages.add(got.message());
        }
        return messages;
    }

    /** Returns the states of the status events, in order. */
    List<SocketState> states() {
        List<SocketState> states = new ArrayList<>();
        for (SocketStatus status : events(SocketStatus.class)) {
            states.add(status.state());
        }
        return states;
    }

    SocketStatus status(String id) {
        return sockets.status(id);
    }

    List<FrameError> errors() {
        return t.errors();
    }
}
