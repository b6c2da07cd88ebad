package io.teaframe.flow;

import io.teaframe.port.Delays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list of {@link Step}s run one after another: each step's effect is made from the
 * previous step's success event, and the first failure ends the sequence. Started by
 * {@link StartSequence}; it shares the id space, cancellation and scope of flows.
 * Immutable; each method returns a copy.
 *
 * <pre>{@code
 * Sequence checkout = Sequence.named("checkout")
 *         .step(previous -> new SocketRequest("shop", "{\"cart\":1}", 5_000, CartPriced::new, new CartTimedOut()),
 *                 EventMatcher.of(CartPriced.class), EventMatcher.of(CartTimedOut.class))
 *         .step(priced -> new StartTimeout("pay-delay", 500, new PayNow(((CartPriced) priced).total()), "checkout"),
 *                 EventMatcher.of(PayNow.class), null)
 *         .onSuccess(last -> new CheckoutDone())
 *         .onFailure(failure -> new CheckoutFailed(failure.step()));
 * }</pre>
 */
public final class Sequence {

    private final String id;
    private final List<Step> steps;
    private final Function<Object, Object> onSuccess;
    private final Function<StepFailure, Object> onFailure;
    private final double timeoutMillis;
    private final Object timeoutEvent;

    private Sequence(String id, List<Step> steps, Function<Object, Object> onSuccess,
            Function<StepFailure, Object> onFailure, double timeoutMillis, Object timeoutEvent) {
        this.id = id;
        this.steps = steps;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.timeoutMillis = timeoutMillis;
        this.timeoutEvent = timeoutEvent;
    }

    /** Returns a sequence with no steps, no outcome events and no timeout. */
    public static Sequence named(String id) {
        return new Sequence(Objects.requireNonNull(id, "id"), new ArrayList<>(0), null, null, -1, null);
    }

    /** Returns a copy with {@code step} added at the end. */
    public Sequence step(Step step) {
        List<Step> joined = new ArrayList<>(steps);
        joined.add(Objects.requireNonNull(step, "step"));
        return new Sequence(id, joined, onSuccess, onFailure, timeoutMillis, timeoutEvent);
    }

    /** Returns a copy with a step added at the end; {@code failure} may be null. */
    public Sequence step(Function<Object, Object> effect, EventMatcher success, EventMatcher failure) {
        return step(new Step(effect, success, failure));
    }

    /** Returns a copy that dispatches the event {@code factory} makes from the last step's result. */
    public Sequence onSuccess(Function<Object, Object> factory) {
        return new Sequence(id, steps, Objects.requireNonNull(factory, "factory"), onFailure, timeoutMillis,
                timeoutEvent);
    }

    /** Returns a copy that dispatches the event {@code factory} makes from the first failure. */
    public Sequence onFailure(Function<StepFailure, Object> factory) {
        return new Sequence(id, steps, onSuccess, Objects.requireNonNull(factory, "factory"), timeoutMillis,
                timeoutEvent);
    }

    /**
     * Returns a copy that times out {@code millis} after it starts, as {@link Flow#timeout}
     * does. A timeout is not a step failure: the failure factory is not called.
     */
    public Sequence timeout(double millis, Object event) {
        Delays.requireFinite(millis, "millis");
        return new Sequence(id, steps, onSuccess, onFailure, Math.max(0, millis), event);
    }

    public String id() {
        return id;
    }

    /** Returns a copy with another id and outcome factories, for a sequence that runs as a task. */
    Sequence rewired(String newId, Function<Object, Object> newOnSuccess, Function<StepFailure, Object> newOnFailure) {
        return new Sequence(newId, steps, newOnSuccess, newOnFailure, timeoutMillis, timeoutEvent);
    }

    List<Step> steps() {
        return steps;
    }

    Function<Object, Object> successFactory() {
        return onSuccess;
    }

    Function<StepFailure, Object> failureFactory() {
        return onFailure;
    }

    double timeoutMillis() {
        return timeoutMillis;
    }

    Object timeoutEvent() {
        return timeoutEvent;
    }
}
