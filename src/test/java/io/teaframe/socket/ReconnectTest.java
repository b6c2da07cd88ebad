package io.teaframe.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.testkit.FakeSocket;
import io.teaframe.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectTest {

    private final SocketFixture f = new SocketFixture();

    @Test
    void lostSocketReconnectsAfterBackoff() {
        FakeSocket first = f.connectAndAccept(f.text("chat").build());

        f.t.advance(100);
        first.drop();
        f.t.drain();

        SocketStatus status = f.status("chat");
        assertEquals(SocketState.RECONNECTING, status.state());
        assertEquals(1, status.attempt());
        assertEquals(1_100, status.nextAttemptAt());
        assertEquals(1006, status.lastCloseCode());

        f.t.advance(999);
        assertEquals(1, f.server.opened());
        f.t.advance(1);
        assertEquals(2, f.server.opened());
        assertEquals(SocketState.CONNECTING, f.status("chat").state());

        f.server.last().accept();
        f.t.drain();
        assertEquals(List.of(new SocketOpened("chat", "", false), new SocketOpened("chat", "", true)),
                f.events(SocketOpened.class));
    }

    @Test
    void delaysDoubleUpToTheCap() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0).withBackoff(100, 2, 500).withMaxAttempts(6);
        f.run(new SocketConnect(f.text("chat").reconnect(policy).build()));

        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            f.server.last().refuse();
            f.t.drain();
            delays.add(f.status("chat").nextAttemptAt() - f.t.time().now());
            f.t.time().runNext();
        }

        assertEquals(List.of(100.0, 200.0, 400.0, 500.0, 500.0, 500.0), delays);
    }

    @Test
    void jitterShortensDelaysWithinItsFraction() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0.5).withBackoff(1_000, 2, 30_000);
        SeededRandom random = new SeededRandom(7);

        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            delays.add(policy.delayBefore(3, random));
        }

        for (double delay : delays) {
            assertTrue(delay > 2_000 && delay <= 4_000, "delay " + delay + " outside (2000, 4000]");
        }
        assertTrue(delays.stream().distinct().count() > 100, "jitter gave few distinct delays");
    }

    @Test
    void maxAttemptsEndsInFailed() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0).withMaxAttempts(3);
        f.run(new SocketConnect(f.text("chat").reconnect(policy).build()));

        for (int i = 0; i < 4; i++) {
            f.server.last().refuse();
            f.t.drain();
            f.t.time().runNext();
        }

        assertEquals(4, f.server.opened());
        SocketStatus status = f.status("chat");
        assertEquals(SocketState.FAILED, status.state());
        assertEquals(3, status.attempt());
        assertEquals(-1, status.nextAttemptAt());
        f.t.advance(600_000);
        assertEquals(4, f.server.opened());
    }

    @Test
    void failedConnectionConnectsAgainOnRequest() {
        f.run(new SocketConnect(f.text("chat").reconnect(ReconnectPolicy.never()).build()));
        f.server.last().refuse();
        f.t.drain();
        assertEquals(SocketState.FAILED, f.status("chat").state());

        f.run(new SocketConnect(f.text("chat").build()));
        f.server.last().accept();
        f.t.drain();

        assertEquals(2, f.server.opened());
        assertTrue(f.status("chat").isOpen());
        assertEquals(0, f.status("chat").attempt());
    }

    @Test
    void defaultTableByCloseCode() {
        int[] codes = {1000, 1001, 1006, 1008, 1011, 4000, 4500, 4999, 1012};
        SocketState[] expected = {SocketState.RECONNECTING, SocketState.RECONNECTING, SocketState.RECONNECTING,
                SocketState.FAILED, SocketState.RECONNECTING, SocketState.FAILED, SocketState.FAILED,
                SocketState.FAILED, SocketState.RECONNECTING};

        for (int i = 0; i < codes.length; i++) {
            SocketFixture fixture = new SocketFixture();
            FakeSocket socket = fixture.connectAndAccept(fixture.text("chat").build());
            socket.close(codes[i], "");
            fixture.t.drain();
            assertEquals(expected[i], fixture.status("chat").state(), "after close code " + codes[i]);
        }
    }

    @Test
    void tableRulesAreConfigurable() {
        ReconnectPolicy policy = ReconnectPolicy.defaults()
                .on(4001, CloseAction.RECONNECT)
                .on(1000, CloseAction.STOP);

        assertEquals(CloseAction.RECONNECT, policy.actionFor(4001));
        assertEquals(CloseAction.STOP, policy.actionFor(4002));
        assertEquals(CloseAction.STOP, policy.actionFor(1000));
        assertEquals(CloseAction.RECONNECT, policy.actionFor(1001));

        FakeSocket socket = f.connectAndAccept(f.text("chat").reconnect(policy).build());
        socket.close(4001, "token expired");
        f.t.drain();
        assertEquals(SocketState.RECONNECTING, f.status("chat").state());
    }

    @Test
    void connectTimeoutCountsAsFailedAttempt() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0).withConnectTimeout(3_000);
        f.run(new SocketConnect(f.text("chat").reconnect(policy).build()));
        FakeSocket stalled = f.server.last();

        f.t.advance(2_999);
        assertEquals(SocketState.CONNECTING, f.status("chat").state());
        f.t.advance(1);

        assertTrue(stalled.closedByClient());
        assertEquals(4000, stalled.clientCloseCode());
        SocketStatus status = f.status("chat");
        assertEquals(SocketState.RECONNECTING, status.state());
        assertEquals(1, status.attempt());
        assertEquals(1006, status.lastCloseCode());
        assertEquals("connection timed out", status.lastCloseReason());
        assertEquals(List.of(new SocketClosed("chat", 1006, "connection timed out", false, true)),
                f.events(SocketClosed.class));

        f.t.advance(1_000);
        assertEquals(2, f.server.opened());
    }

    @Test
    void closeDuringBackoffCancelsReconnect() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());
        socket.drop();
        f.t.drain();
        assertEquals(SocketState.RECONNECTING, f.status("chat").state());

        f.run(new SocketClose("chat"));
        f.t.advance(600_000);

        assertEquals(1, f.server.opened());
        assertEquals(SocketState.CLOSED, f.status("chat").state());

        f.run(new SocketConnect(f.text("chat").build()));
        f.server.last().accept();
        f.t.drain();
        assertEquals(2, f.server.opened());
        assertTrue(f.status("chat").isOpen());
    }

    @Test
    void flappingServerGetsLongerPauses() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0).withStableAfter(5_000);
        f.connectAndAccept(f.text("chat").reconnect(policy).build());

        List<Integer> attempts = new ArrayList<>();
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // Open for one second each time: less than the stable period.
            f.t.advance(1_000);
            f.server.last().close(1011, "crashed");
            f.t.drain();
            attempts.add(f.status("chat").attempt());
            delays.add(f.status("chat").nextAttemptAt() - f.t.time().now());
            f.t.time().runNext();
            f.server.last().accept();
            f.t.drain();
        }

        assertEquals(List.of(1, 2, 3, 4), attempts);
        assertEquals(List.of(1_000.0, 2_000.0, 4_000.0, 8_000.0), delays);
    }

    @Test
    void stableConnectionResetsAttempts() {
        ReconnectPolicy policy = ReconnectPolicy.defaults().withJitter(0).withStableAfter(5_000);
        f.connectAndAccept(f.text("chat").reconnect(policy).build());
        for (int i = 0; i < 3; i++) {
            f.server.last().close(1011, "crashed");
            f.t.drain();
            f.t.time().runNext();
            f.server.last().accept();
            f.t.drain();
        }
        assertEquals(3, f.status("chat").attempt());

        f.t.advance(4_999);
        assertEquals(3, f.status("chat").attempt());
        f.t.advance(1);
        assertEquals(0, f.status("chat").attempt());

        f.server.last().close(1011, "crashed");
        f.t.drain();
        assertEquals(1, f.status("chat").attempt());
        assertEquals(1_000, f.status("chat").nextAttemptAt() - f.t.time().now());
    }

    @Test
    void onlineEventReconnectsAtOnce() {
        FakeSocket socket = f.connectAndAccept(f.text("chat").build());
        f.connectivity.goOffline();
        socket.drop();
        f.t.drain();
        assertEquals(SocketState.RECONNECTING, f.status("chat").state());

        f.connectivity.goOnline();
        f.t.drain();

        assertEquals(2, f.server.opened());
        assertEquals(SocketState.CONNECTING, f.status("chat").state());
        assertEquals(1, f.status("chat").attempt());
        // Less than the connection timeout, more than the backoff delay that was pending.
        f.t.advance(5_000);
        assertEquals(2, f.server.opened(), "the cancelled backoff timer opened another socket");
    }

    @Test
    void onlineEventLeavesOpenAndClosedAlone() {
        f.connectAndAccept(f.text("open").build());
        f.connectAndAccept(f.text("closed").build());
        f.run(new SocketClose("closed"));

        f.connectivity.goOffline();
        f.connectivity.goOnline();
        f.t.drain();

        assertEquals(2, f.server.opened());
    }

    @Test
    void subscriptionsAreSentAfterEveryOpen() {
        f.run(new SocketConnect(f.text("chat").build()),
                new SocketSubscribe("chat", "auth", "auth token"),
                new SocketSend("chat", "queued"),
                new SocketSubscribe("chat", "room", "join lobby"));
        FakeSocket first = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("auth token", "join lobby", "queued"), first.receivedTexts());

        f.run(new SocketSubscribe("chat", "room", "join kitchen"), new SocketSubscribe("chat", "typing", "typing on"));
        first.drop();
        f.t.drain();
        f.t.time().runNext();
        FakeSocket second = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("auth token", "join kitchen", "typing on"), second.receivedTexts());

        f.run(new SocketUnsubscribe("chat", "typing"));
        second.drop();
        f.t.drain();
        f.t.time().runNext();
        FakeSocket third = f.server.last().accept();
        f.t.drain();
        assertEquals(List.of("auth token", "join kitchen"), third.receivedTexts());
    }
}
