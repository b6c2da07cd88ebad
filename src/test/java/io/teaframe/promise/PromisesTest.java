package io.teaframe.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.port.Cancellable;
import io.teaframe.scope.CancelScope;
import io.teaframe.testkit.FakePromise;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The promise effect on virtual time with {@link FakePromise}. */
class PromisesTest {

    record Log(List<String> entries) {
        Log with(String entry) {
            List<String> next = new ArrayList<>(entries);
            next.add(entry);
            return new Log(next);
        }
    }

    record Run(RunPromise<?> effect) {
    }

    record Cancel(Object effect) {
    }

    record Loaded(String value) {
    }

    record Failed(String message) {
    }

    record ErrorRaised(FrameError error) {
    }

    private final TestFrame<Log> t = TestFrame.create(new Log(List.of()));
    private final Promises promises = Promises.install(t.frame());

    PromisesTest() {
        t.frame().onFx(Run.class, (cofx, e) -> Effects.of(e.effect()));
        t.frame().onFx(Cancel.class, (cofx, e) -> Effects.of(e.effect()));
        t.frame().on(Loaded.class, (state, e) -> state.with("loaded " + e.value()));
        t.frame().on(Failed.class, (state, e) -> state.with("failed " + e.message()));
    }

    private static RunPromise<String> loading(FakePromise<String> promise) {
        return RunPromise.of(promise).onSuccess(Loaded::new).onFailure(rejection -> new Failed(rejection.message()));
    }

    @Test
    void resolveDispatchesSuccessEvent() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(promise)));
        assertEquals(1, promises.running());
        assertEquals(List.of(), t.state().entries());

        promise.resolve("a");
        t.drain();

        assertEquals(List.of("loaded a"), t.state().entries());
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void rejectDispatchesFailureEvent() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(promise)));

        promise.reject("offline");
        t.drain();

        assertEquals(List.of("failed offline"), t.state().entries());
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void cancelByIdDispatchesNothing() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(promise).withId("load")));
        assertTrue(promises.isRunning("load"));

        t.dispatchAndDrain(new Cancel(new CancelPromise("load")));
        promise.resolve("late");
        t.drain();

        assertEquals(List.of(), t.state().entries());
        assertTrue(promise.isCancelled(), "the subscription was not cancelled");
        assertFalse(promises.isRunning("load"));
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void cancelWinsOverQueuedSettlement() {
        List<PromiseCallback<? super String>> callbacks = new ArrayList<>();
        PromiseSource<String> source = callback -> {
            callbacks.add(callback);
            return Cancellable.NONE;
        };
        t.dispatchAndDrain(new Run(RunPromise.of(source).withId("load").onSuccess(Loaded::new)));
        List<String> handled = new ArrayList<>();
        t.frame().addTraceListener("order", entry -> handled.add(entry.event().getClass().getSimpleName()));

        t.dispatch(new Cancel(new CancelPromise("load")));
        callbacks.get(0).resolved("a");       // the settlement is queued behind the cancel
        t.drain();

        assertEquals(List.of("Cancel", "PromiseSettled"), handled);
        assertEquals(List.of(), t.state().entries());
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void newerIdSupersedesSilently() {
        FakePromise<String> first = new FakePromise<>(t.time());
        FakePromise<String> second = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(first).withId("load")));
        t.dispatchAndDrain(new Run(loading(second).withId("load")));
        assertTrue(first.isCancelled(), "the older promise effect was not cancelled");

        first.reject("old");
        second.resolve("new");
        t.drain();

        assertEquals(List.of("loaded new"), t.state().entries());
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void cancelScopeDispatchesNothing() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(promise).inScope("view#1")));
        assertEquals(1, t.frame().scopes().count("view#1"));

        t.dispatchAndDrain(new Cancel(new CancelScope("view#1")));
        promise.resolve("late");
        t.drain();

        assertEquals(List.of(), t.state().entries());
        assertEquals(0, promises.running());
        assertEquals(0, t.frame().scopes().size());
        t.assertNoErrors();
    }

    @Test
    void settlementLeavesScopeEmpty() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(loading(promise).inScope("view#1")));

        promise.resolve("a");
        t.drain();

        assertEquals(List.of("loaded a"), t.state().entries());
        assertEquals(0, t.frame().scopes().size());
    }

    @Test
    void rejectionWithoutFactoryIsReported() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(RunPromise.of(promise).onSuccess(Loaded::new)));

        promise.reject("boom");
        t.drain();

        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.ASYNC_EFFECT, error.phase());
        PromiseRejectedException cause = assertInstanceOf(PromiseRejectedException.class, error.cause());
        assertEquals("boom", cause.rejection().message());
        assertEquals(0, promises.running());
    }

    @Test
    void nullEventDispatchesNothing() {
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(RunPromise.of(promise).onSuccess(value -> null)));

        promise.resolve("a");
        t.drain();

        assertEquals(List.of(), t.state().entries());
        assertEquals(0, promises.running());
        t.assertNoErrors();
    }

    @Test
    void throwingFactoryReachesErrorBoundary() {
        t.frame().onError(ErrorRaised::new);
        t.frame().on(ErrorRaised.class, (state, e) -> state.with("error " + e.error().phase()
                + " " + e.error().cause().getMessage()));
        FakePromise<String> promise = new FakePromise<>(t.time());
        t.dispatchAndDrain(new Run(RunPromise.of(promise).onSuccess(value -> {
            throw new IllegalStateException("bad value " + value);
        })));

        promise.resolve("x");
        t.drain();

        assertEquals(List.of("error HANDLER bad value x"), t.state().entries());
        assertEquals(0, promises.running());
    }

    @Test
    void secondSettlementIsReported() {
        List<PromiseCallback<? super String>> callbacks = new ArrayList<>();
        PromiseSource<String> broken = callback -> {
            callbacks.add(callback);
            return Cancellable.NONE;
        };
        t.dispatchAndDrain(new Run(RunPromise.of(broken).onSuccess(Loaded::new)));

        callbacks.get(0).resolved("first");
        callbacks.get(0).resolved("second");
        t.drain();

        assertEquals(List.of("loaded first"), t.state().entries());
        assertEquals(1, t.errors().size());
        assertEquals(Phase.ASYNC_EFFECT, t.errors().get(0).phase());
        assertInstanceOf(IllegalStateException.class, t.errors().get(0).cause());
    }

    @Test
    void throwingSourceIsEffectError() {
        PromiseSource<String> broken = callback -> {
            throw new IllegalStateException("no promise");
        };
        t.dispatchAndDrain(new Run(RunPromise.of(broken).withId("p").inScope("s")));

        assertEquals(1, t.errors().size());
        assertEquals(Phase.EFFECT, t.errors().get(0).phase());
        assertEquals(0, promises.running());
        assertFalse(promises.isRunning("p"));
        assertEquals(0, t.frame().scopes().size());
    }

    @Test
    void rejectionWithNullReasonHasMessage() {
        List<PromiseCallback<? super String>> callbacks = new ArrayList<>();
        t.dispatchAndDrain(new Run(RunPromise.<String>of(callback -> {
            callbacks.add(callback);
            return Cancellable.NONE;
        }).onFailure(rejection -> new Failed(rejection.message() + "/" + rejection.reason()))));

        callbacks.get(0).rejected(null);
        t.drain();

        assertEquals(List.of("failed rejected with no reason/null"), t.state().entries());
        assertNull(t.errors().isEmpty() ? null : t.errors());
    }
}
