package io.teaframe.interceptor;

import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The standard interceptors: {@link #path}, {@link #enrich}, {@link #after},
 * {@link #debug}, {@link #validate} and {@link #inject}.
 *
 * <p>The state types are unchecked casts: an interceptor declared for the wrong state
 * type fails with a {@code ClassCastException}, reported like any other failure.
 */
public final class Interceptors {

    /**
     * The states that enclosing {@code path} interceptors replaced, innermost first, so
     * that nested paths restore them in reverse order.
     */
    private static final Coeffect<PathFrame> PATH_ORIGINALS = Coeffect.named("teaframe/path-originals");

    private Interceptors() {
    }

    /**
     * Returns an interceptor that shows the handler one part of the state and writes the
     * handler's result back into the whole.
     *
     * <p>Before the handler, the state coeffect becomes {@code get(state)}. After it,
     * the state coeffect is restored, and if the handler produced a new state
     * {@code part}, the new state becomes {@code set(state, part)}. If the handler
     * produced no new state, nothing is written. A new state of null is written as
     * null, because it is the handler's explicit choice.
     *
     * <pre>{@code
     * frame.on(Rename.class, List.of(Interceptors.path(App::profile, App::withProfile)),
     *         (Profile profile, Rename e) -> profile.withName(e.name()));
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public static <S, T> Interceptor path(Function<S, T> get, BiFunction<S, T, S> set) {
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(set, "set");
        return Interceptor.of("path",
                context -> {
                    Coeffects coeffects = context.coeffects();
                    S whole = coeffects.state();
                    PathFrame enclosing = coeffects.has(PATH_ORIGINALS) ? coeffects.get(PATH_ORIGINALS) : null;
                    return context.withCoeffects(coeffects
                            .with(PATH_ORIGINALS, new PathFrame(whole, enclosing))
                            .withState(get.apply(whole)));
                },
                context -> {
                    Coeffects coeffects = context.coeffects();
                    PathFrame frame = coeffects.get(PATH_ORIGINALS);
                    S whole = (S) frame.original;
                    Coeffects restored = (frame.enclosing == null
                            ? coeffects.without(PATH_ORIGINALS)
                            : coeffects.with(PATH_ORIGINALS, frame.enclosing)).withState(whole);
                    Context result = context.withCoeffects(restored);

                    if (!context.effects().hasState()) {
                        return result;
                    }
                    T part = (T) context.effects().state();
                    return result.withNewState(set.apply(whole, part));
                });
    }

    /**
     * Returns an interceptor that, when the handler produced a new state, replaces it
     * with {@code fn(newState, event)}. Use it to keep derived fields of the state in
     * step with the fields they come from.
     */
    @SuppressWarnings("unchecked")
    public static <S, E> Interceptor enrich(String id, BiFunction<S, E, S> fn) {
        Objects.requireNonNull(fn, "fn");
        return Interceptor.after(id, context -> {
            if (!context.effects().hasState()) {
                return context;
            }
            S enriched = fn.apply((S) context.effects().state(), context.event());
            return context.withNewState(enriched);
        });
    }

    /**
     * Returns an interceptor that calls {@code fn(state, event)} after the handler, with
     * the new state if there is one and the current state otherwise. It cannot change
     * anything; use it for checks and for logging.
     */
    public static <S, E> Interceptor after(String id, BiConsumer<S, E> fn) {
        Objects.requireNonNull(fn, "fn");
        return new StateInterceptor(id, null, fn) {
        };
    }

    /**
     * Returns an interceptor that logs each event at INFO level, with the fields of the
     * state that the event changed, one per line:
     *
     * <pre>
     * event Increment[by=2]
     *   count: 1 -&gt; 3
     * </pre>
     *
     * <p>It does nothing when the frame's logger would drop INFO messages, so it costs
     * little in a production build that keeps it.
     */
    public static Interceptor debug() {
        return Interceptor.after("debug", context -> {
            Logger logger = context.environment().logger();
            if (!logger.isEnabled(LogLevel.INFO)) {
                return context;
            }
            StringBuilder message = new StringBuilder("event ").append((Object) context.event());
            if (!context.effects().hasState()) {
                message.append("\n  (no new state)");
            } else {
                Object before = context.coeffects().state();
                Object after = context.effects().state();
                StateDiff.describe(before, after, message);
            }
            if (!context.effects().effects().isEmpty()) {
                message.append("\n  effects: ").append(context.effects().effects());
            }
            logger.info(message.toString());
            return context;
        });
    }

    /**
     * Returns an interceptor that checks {@code invariant} against the state after each
     * event (the new state, or the current one if the event changed nothing). When the
     * check fails, it throws an {@link InvariantViolationException} naming
     * {@code name}, so the event's new state and effects are discarded and the error
     * reaches the frame's error handler.
     *
     * <p>Register it as a global interceptor so that it sees the whole state: its
     * {@code after} then runs last.
     */
    public static <S> Interceptor validate(String name, Predicate<S> invariant) {
        return new StateInterceptor(name, invariant) {
        };
    }

    /**
     * Returns an interceptor that injects the custom coeffect {@code key} before the
     * handler runs, using the handler registered with {@code Frame.registerCoeffect}.
     * A key with no registered handler fails the event with a
     * {@link MissingCoeffectException}: the handler does not run.
     */
    public static Interceptor inject(Coeffect<?> key) {
        return inject(key, null);
    }

    /** As {@link #inject(Coeffect)}, passing {@code argument} to the coeffect handler. */
    public static Interceptor inject(Coeffect<?> key, Object argument) {
        return new InjectCoeffect(Objects.requireNonNull(key, "key"), argument);
    }

    /** One replaced state, linked to the one an enclosing {@code path} replaced. */
    private static final class PathFrame {
        final Object original;
        final PathFrame enclosing;

        PathFrame(Object original, PathFrame enclosing) {
            this.original = original;
            this.enclosing = enclosing;
        }
    }
}
