/**
 * A test kit for the JVM: frames on virtual time.
 *
 * <p>{@link io.teaframe.testkit.TestFrame} creates a frame whose scheduler and clock are
 * a {@link io.teaframe.testkit.VirtualTime}: nothing runs until the test calls for it, and
 * time moves only when the test advances it. A whole asynchronous flow, with its
 * queued events, delays and retries, then runs in milliseconds and the same way every
 * time.
 *
 * <pre>{@code
 * TestFrame<Counter> t = TestFrame.create(new Counter(0));
 * t.frame().on(Increment.class, (s, e) -> new Counter(s.count() + 1));
 * t.dispatch(new Increment());   // queued
 * t.drain();                     // handled
 * assertEquals(1, t.state().count());
 * t.advance(5_000);              // runs timers due in the next five seconds
 * }</pre>
 *
 * <p>For the HTTP effect, {@link io.teaframe.testkit.FakeTransport} records each request
 * and lets the test respond to it, fail it or leave it stalled, with the response
 * arriving as a task on the virtual time. {@link io.teaframe.testkit.FakeConnectivity}
 * switches the network off and on, and {@link io.teaframe.testkit.JvmJson} parses JSON
 * with minimal-json.
 *
 * <p>For the promise effect, {@link io.teaframe.testkit.FakePromise} is a promise that
 * the test resolves or rejects, with its callbacks run as tasks on the virtual time.
 *
 * <p>Apart from {@code JvmJson}, which uses minimal-json, the kit depends on nothing but
 * the JDK, so it works with any test framework.
 */
package io.teaframe.testkit;
