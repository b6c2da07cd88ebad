package io.teaframe.promise;

import java.util.Objects;
import java.util.function.Function;

/**
 * The promise effect: waits for {@code source} to settle and dispatches the event that
 * {@code onSuccess} makes from the value, or {@code onFailure} from the rejection.
 * Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * frame.onFx(LoadFont.class, (cofx, e) -> Effects.of(RunPromise.of(BrowserPromise.of(fontFace.load()))
 *         .withId("font")
 *         .onSuccess(face -> new FontLoaded())
 *         .onFailure(rejection -> new FontFailed(rejection.message()))));
 * }</pre>
 *
 * @param source the promise to wait for
 * @param id an id, or null: a newer effect with the same id cancels this one, and
 *     {@link CancelPromise} cancels it by id
 * @param scopeId a scope, or null: cancelling the scope cancels this effect
 * @param onSuccess makes the event for the value; it may return null to dispatch nothing
 * @param onFailure makes the event for the rejection, or null, which reports a rejection
 *     to the frame's error handler with phase {@code ASYNC_EFFECT}
 * @param <T> the type of the resolved value
 */
public record RunPromise<T>(PromiseSource<T> source, String id, String scopeId,
        Function<? super T, ?> onSuccess, Function<? super PromiseRejection, ?> onFailure) {

    public RunPromise {
        Objects.requireNonNull(source, "source");
    }

    /** Returns an effect for {@code source} with no id, no scope and no factories. */
    public static <T> RunPromise<T> of(PromiseSource<T> source) {
        return new RunPromise<>(source, null, null, null, null);
    }

    public RunPromise<T> withId(String newId) {
        return new RunPromise<>(source, newId, scopeId, onSuccess, onFailure);
    }

    public RunPromise<T> inScope(String newScopeId) {
        return new RunPromise<>(source, id, newScopeId, onSuccess, onFailure);
    }

    public RunPromise<T> onSuccess(Function<? super T, ?> factory) {
        return new RunPromise<>(source, id, scopeId, factory, onFailure);
    }

    public RunPromise<T> onFailure(Function<? super PromiseRejection, ?> factory) {
        return new RunPromise<>(source, id, scopeId, onSuccess, factory);
    }

    @Override
    public String toString() {
        return "RunPromise[id=" + id + ", scope=" + scopeId + ", source=" + source + "]";
    }
}
