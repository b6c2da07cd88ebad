package io.teaframe.e2e.scenarios;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.effect.CancelDispatchLater;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.DispatchLater;
import io.teaframe.effect.Effects;
import io.teaframe.interceptor.Coeffect;
import io.teaframe.interceptor.Interceptor;
import io.teaframe.interceptor.Interceptors;
import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import io.teaframe.port.Platform;
import io.teaframe.router.AfterRender;
import io.teaframe.sub.Query;
import io.teaframe.sub.Subscription;
import java.util.ArrayList;
import java.util.List;

/**
 * The core runtime on the browser's real scheduler and clock: the same rules the JVM
 * tests prove on virtual time, checked after TeaVM compiled them.
 */
final class RuntimeScenarios {

    /** Time given to a queue to drain before a scenario checks, in milliseconds. */
    private static final double SETTLE_MILLIS = 100;

    private RuntimeScenarios() {
    }

    record Log(List<String> seen) {
        Log with(String name) {
            List<String> copy = new ArrayList<>(seen);
            copy.add(name);
            return new Log(copy);
        }
    }

    record Named(String name, List<String> dispatches) {
    }

    record Fail(String message) {
    }

    record Busy(int index) {
    }

    record Render(String name) implements AfterRender {
    }

    record Profile(String name, int visits) {
    }

    record App(Profile profile, int clicks) {
    }

    record Rename(String name) {
    }

    record Clear() {
    }

    record Click() {
    }

    record Clicks() implements Query<Integer> {
    }

    record DoubleClicks() implements Query<Integer> {
    }

    record Unknown() {
    }

    record Explode() {
    }

    record Stamp() {
    }

    private static final Coeffect<String> MISSING = Coeffect.named("missing");

    private static <S> Frame<S> frame(S initial, List<FrameError> errors) {
        Frame<S> frame = Frame.create(initial, BrowserPlatform.create(LogLevel.OFF));
        frame.setErrorHandler(errors::add);
        return frame;
    }

    private static Frame<Log> loggingFrame(List<FrameError> errors) {
        Frame<Log> frame = frame(new Log(List.of()), errors);
        frame.onFx(Named.class, (cofx, e) -> {
            Effects effects = Effects.state(cofx.<Log>state().with(e.name()));
            for (String next : e.dispatches()) {
                List<String> children = next.equals("B") ? List.of("D") : List.of();
                effects = effects.and(new Dispatch(new Named(next, children)));
            }
            return effects;
        });
        return frame;
    }

    private static void later(Frame<?> frame, Outcome outcome, double millis, Runnable check) {
        frame.platform().scheduler().timeout(millis, outcome.guard(check));
    }

    /** Checks that A dispatching B and C, and B dispatching D, handles A, B, C, D, and not inline. */
    static void queueOrder(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);

        frame.dispatch(new Named("A", List.of("B", "C")));
        outcome.checkEquals(List.of(), frame.state().seen(), "state right after dispatch");

        later(frame, outcome, SETTLE_MILLIS, () -> {
            outcome.checkEquals(List.of("A", "B", "C", "D"), frame.state().seen(), "handling order");
            outcome.checkEquals(0, errors.size(), "errors");
            outcome.finish("handled A, B, C, D");
        });
    }

    /** dispatchSync inside a handler throws, and the event changes nothing. */
    static void dispatchSyncInsideHandler(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);
        frame.on(Fail.class, (state, e) -> {
            frame.dispatchSync(new Named("inner", List.of()));
            return state.with("outer");
        });

        frame.dispatchSync(new Named("sync", List.of()));
        outcome.checkEquals(List.of("sync"), frame.state().seen(), "dispatchSync outside handling");
        frame.dispatch(new Fail("x"));

        later(frame, outcome, SETTLE_MILLIS, () -> {
            outcome.checkEquals(List.of("sync"), frame.state().seen(), "state after the failed event");
            outcome.checkEquals(1, errors.size(), "errors");
            if (!errors.isEmpty()) {
                outcome.checkEquals(Phase.HANDLER, errors.get(0).phase(), "phase");
                outcome.check(errors.get(0).cause() instanceof IllegalStateException,
                        "cause is " + errors.get(0).cause());
            }
            outcome.finish("dispatchSync inside a handler was rejected");
        });
    }

    /** Failures in each phase are reported with their phase, and the queue goes on. */
    static void failuresInEachPhase(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);
        frame.on(Fail.class, (state, e) -> {
            throw new IllegalArgumentException(e.message());
        });
        frame.registerEffect(Explode.class, (effect, context) -> {
            throw new IllegalStateException("effect failed");
        });
        record BeforeFails() {
        }
        record AfterFails() {
        }
        record EffectFails() {
        }
        record UnknownEffect() {
        }
        record NeedsCoeffect() {
        }
        frame.on(BeforeFails.class, List.of(Interceptor.before("bad-before", context -> {
            throw new IllegalStateException("before failed");
        })), (Log state, BeforeFails e) -> state.with("before ran"));
        frame.on(AfterFails.class, List.of(Interceptor.after("bad-after", context -> {
            throw new IllegalStateException("after failed");
        })), (Log state, AfterFails e) -> state.with("after ran"));
        frame.onFx(EffectFails.class, (cofx, e) -> Effects.state(cofx.<Log>state().with("rolled back"))
                .and(new Explode()));
        frame.onFx(UnknownEffect.class, (cofx, e) -> Effects.state(cofx.<Log>state().with("unknown kept"))
                .and(new Unknown()));
        frame.onFx(NeedsCoeffect.class, List.of(Interceptors.inject(MISSING)),
                (cofx, e) -> Effects.state(cofx.<Log>state().with("coeffect ran")));

        frame.dispatch(new Fail("handler failed"));
        frame.dispatch(new BeforeFails());
        frame.dispatch(new AfterFails());
        frame.dispatch(new EffectFails());
        frame.dispatch(new UnknownEffect());
        frame.dispatch(new NeedsCoeffect());
        frame.dispatch(new Stamp());
        frame.dispatch(new Named("last", List.of()));

        later(frame, outcome, SETTLE_MILLIS, () -> {
            List<Phase> phases = new ArrayList<>();
            for (FrameError error : errors) {
                phases.add(error.phase());
            }
            outcome.checkEquals(List.of(Phase.HANDLER, Phase.BEFORE, Phase.AFTER, Phase.EFFECT,
                    Phase.UNKNOWN_EFFECT, Phase.COEFFECT, Phase.NO_HANDLER), phases, "phases");
            outcome.checkEquals(List.of("unknown kept", "last"), frame.state().seen(), "state");
            outcome.finish("seven failures reported, queue went on");
        });
    }

    /** path writes back only a new part, writes an explicit null, and restores the state. */
    static void pathInterceptor(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<App> frame = frame(new App(new Profile("ada", 1), 0), errors);
        Interceptor profilePath = Interceptors.path(App::profile, (App app, Profile p) -> new App(p, app.clicks()));
        frame.on(Rename.class, List.of(profilePath), (Profile p, Rename e) -> new Profile(e.name(), p.visits()));
        frame.on(Clear.class, List.of(profilePath), (Profile p, Clear e) -> null);
        frame.on(Click.class, List.of(profilePath), (Profile p, Click e) -> p);

        frame.dispatch(new Rename("grace"));
        App[] afterRename = new App[1];
        frame.addPostEventCallback("capture", (event, state) -> {
            if (event instanceof Rename) {
                afterRename[0] = (App) state;
            }
        });
        frame.dispatch(new Click());

        later(frame, outcome, SETTLE_MILLIS, () -> {
            outcome.checkEquals(new App(new Profile("grace", 1), 0), afterRename[0], "after rename");
            outcome.check(frame.state() == afterRename[0], "an unchanged part replaced the state object");
            frame.dispatch(new Clear());
            later(frame, outcome, SETTLE_MILLIS, () -> {
                outcome.checkEquals(new App(null, 0), frame.state(), "after clear");
                outcome.checkEquals(0, errors.size(), "errors");
                outcome.finish("path wrote the part back");
            });
        });
    }

    /** Global interceptors run outside the handler's, first in and last out, replaced in place. */
    static void globalInterceptors(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);
        List<String> calls = new ArrayList<>();
        frame.addGlobalInterceptor(tracking("g1", calls));
        frame.addGlobalInterceptor(tracking("g2", calls));
        frame.addGlobalInterceptor(tracking("g1", calls, "g1'"));
        frame.on(Click.class, List.of(tracking("own", calls)), (Log state, Click e) -> {
            calls.add("handler");
            return state;
        });

        frame.dispatch(new Click());

        later(frame, outcome, SETTLE_MILLIS, () -> {
            outcome.checkEquals(List.of("g1' before", "g2 before", "own before", "handler", "own after",
                    "g2 after", "g1' after"), calls, "calls");
            outcome.finish("order held");
        });
    }

    private static Interceptor tracking(String id, List<String> calls) {
        return tracking(id, calls, id);
    }

    private static Interceptor tracking(String id, List<String> calls, String label) {
        return Interceptor.of(id,
                context -> {
                    calls.add(label + " before");
                    return context;
                },
                context -> {
                    calls.add(label + " after");
                    return context;
                });
    }

    /** Subscriptions recompute only on change, notify only on a new value, and are disposed. */
    static void subscriptions(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<App> frame = frame(new App(new Profile("ada", 1), 0), errors);
        int[] extractorRuns = {0};
        int[] derivedRuns = {0};
        frame.on(Click.class, (state, e) -> new App(state.profile(), state.clicks() + 1));
        frame.on(Rename.class, (state, e) -> new App(new Profile(e.name(), 1), state.clicks()));
        frame.registerExtractor(Clicks.class, (App state, Clicks q) -> {
            extractorRuns[0]++;
            return state.clicks();
        });
        frame.registerDerived(DoubleClicks.class, q -> new Clicks(), (Integer clicks, DoubleClicks q) -> {
            derivedRuns[0]++;
            return clicks * 2;
        });
        List<Integer> seen = new ArrayList<>();
        Subscription<Integer> subscription = frame.subscribe(new DoubleClicks(), seen::add);

        frame.dispatch(new Click());
        frame.dispatch(new Rename("grace"));

        later(frame, outcome, SETTLE_MILLIS, () -> {
            outcome.checkEquals(List.of(2), seen, "values seen");
            // Both events are handled in one run, and the subscriptions catch up once after it.
            outcome.checkEquals(2, extractorRuns[0], "extractor runs (first, one run of click and rename)");
            outcome.checkEquals(2, derivedRuns[0], "derived runs (first, one run)");
            outcome.checkEquals(2, frame.subscriptions().nodeCount(), "nodes while subscribed");
            subscription.close();
            outcome.checkEquals(0, frame.subscriptions().nodeCount(), "nodes after close");
            outcome.checkEquals(2, frame.read(new DoubleClicks()), "one-off read");
            outcome.checkEquals(0, frame.subscriptions().nodeCount(), "nodes after a one-off read");
            outcome.finish("recomputed and disposed as expected");
        });
    }

    /** DispatchLater fires after its delay on real timers; a cancelled one never fires. */
    static void delayedDispatch(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);
        record Schedule() {
        }
        frame.onFx(Schedule.class, (cofx, e) -> Effects.of(
                new DispatchLater("kept", 30, new Named("kept", List.of())),
                new DispatchLater("cancelled", 30, new Named("cancelled", List.of())),
                new CancelDispatchLater("cancelled")));
        double start = frame.platform().clock().now();
        double[] firedAt = {-1};
        frame.addPostEventCallback("time", (event, state) -> {
            if (event instanceof Named named && named.name().equals("kept")) {
                firedAt[0] = frame.platform().clock().now();
            }
        });

        frame.dispatch(new Schedule());

        later(frame, outcome, 150, () -> {
            outcome.checkEquals(List.of("kept"), frame.state().seen(), "events fired");
            outcome.check(firedAt[0] - start >= 29, "fired after " + (firedAt[0] - start) + " ms, before 30 ms");
            outcome.checkEquals(0, frame.pendingDelayedDispatches(), "pending timers");
            outcome.finish("fired after " + Math.round(firedAt[0] - start) + " ms");
        });
    }

    /**
     * Starts a storm of events that each hold the thread for about 0.1 ms, about 40 ms
     * in all, far beyond one slice of the router.
     */
    private static Frame<Log> storm(int total, int[] handled, Runnable duringFirstEvent) {
        Frame<Log> frame = loggingFrame(new ArrayList<>());
        Platform platform = frame.platform();
        frame.on(Busy.class, (state, e) -> {
            double until = platform.clock().now() + 0.1;
            while (platform.clock().now() < until) {
                // Busy-wait: the point is to hold the thread.
                handled[0] += 0;
            }
            if (e.index() == 0) {
                duringFirstEvent.run();
            }
            handled[0]++;
            return state;
        });
        for (int i = 0; i < total; i++) {
            frame.dispatch(new Busy(i));
        }
        return frame;
    }

    /** Checks that a storm of slow events is handled in several tasks, with other tasks in between. */
    static void stormRunsInSlices(Outcome outcome) {
        int total = 400;
        int[] handled = {0};
        int[] handledWhenTaskRan = {-1};
        Frame<?>[] holder = new Frame<?>[1];
        holder[0] = storm(total, handled, () -> holder[0].platform().scheduler()
                .nextTick(() -> handledWhenTaskRan[0] = handled[0]));

        later(holder[0], outcome, 1000, () -> {
            outcome.checkEquals(total, handled[0], "events handled");
            outcome.check(handledWhenTaskRan[0] > 0 && handledWhenTaskRan[0] < total,
                    "a task queued by the first event ran after " + handledWhenTaskRan[0] + " events");
            outcome.finish("a task queued by the first event ran after " + handledWhenTaskRan[0] + " of "
                    + total + " events");
        });
    }

    /** Checks that a 0 ms timer set before a storm of slow events runs before the storm ends. */
    static void stormLetsTimerRun(Outcome outcome) {
        int total = 400;
        int[] handled = {0};
        int[] handledWhenTimerRan = {-1};
        Frame<Log> frame = storm(total, handled, () -> { });
        frame.platform().scheduler().timeout(0, () -> handledWhenTimerRan[0] = handled[0]);

        later(frame, outcome, 1000, () -> {
            outcome.checkEquals(total, handled[0], "events handled");
            outcome.check(handledWhenTimerRan[0] >= 0 && handledWhenTimerRan[0] < total,
                    "the timer ran only after the whole storm: " + handledWhenTimerRan[0]);
            outcome.finish("a 0 ms timer ran after " + handledWhenTimerRan[0] + " of " + total + " events");
        });
    }

    /** Checks that an AfterRender event is handled only after an animation frame has run. */
    static void afterRender(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Log> frame = loggingFrame(errors);
        frame.on(Render.class, (state, e) -> state.with(e.name()));
        List<String> order = new ArrayList<>();
        frame.addPostEventCallback("order", (event, state) -> order.add("handled " + event));

        frame.dispatch(new Named("A", List.of()));
        frame.dispatch(new Render("R"));
        frame.platform().scheduler().animationFrame(() -> order.add("frame"));

        later(frame, outcome, 300, () -> {
            outcome.checkEquals(List.of("A", "R"), frame.state().seen(), "handled events");
            int frameAt = order.indexOf("frame");
            int renderAt = order.indexOf("handled " + new Render("R"));
            outcome.check(frameAt >= 0 && frameAt < renderAt, "order was " + order);
            outcome.finish("R waited for the frame");
        });
    }

    /** Checks that the debug interceptor logs the changed record fields from TeaVM's record toString. */
    static void debugDiff(Outcome outcome) {
        List<String> lines = new ArrayList<>();
        Logger capture = new Logger() {
            @Override
            public void log(LogLevel level, String message, Throwable cause) {
                lines.add(message);
            }

            @Override
            public boolean isEnabled(LogLevel level) {
                return true;
            }
        };
        Platform base = BrowserPlatform.create(LogLevel.OFF);
        Frame<App> frame = Frame.create(new App(new Profile("ada", 1), 0), base.withLogger(capture));
        frame.addGlobalInterceptor(Interceptors.debug());
        frame.on(Click.class, (state, e) -> new App(state.profile(), state.clicks() + 1));

        frame.dispatch(new Click());

        later(frame, outcome, SETTLE_MILLIS, () -> {
            String logged = lines.isEmpty() ? "" : lines.get(0);
            outcome.check(logged.contains("state.clicks: 0 -> 1"), "debug output was: " + logged);
            outcome.check(!logged.contains("profile"), "unchanged field listed: " + logged);
            outcome.finish(logged.replace('\n', ' '));
        });
    }

    /** Checks that the now and random coeffects come from the browser clock and crypto. */
    static void coeffects(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        record Seen(double now, String uuid) {
        }
        Frame<Seen> frame = frame(new Seen(-1, ""), errors);
        frame.onFx(Stamp.class, (cofx, e) -> Effects.state(new Seen(cofx.now(), cofx.random().uuid())));
        double before = frame.platform().clock().now();

        frame.dispatch(new Stamp());

        later(frame, outcome, SETTLE_MILLIS, () -> {
            Seen seen = frame.state();
            outcome.check(seen.now() >= before, "now " + seen.now() + " is before dispatch at " + before);
            outcome.checkEquals(36, seen.uuid().length(), "uuid length");
            outcome.checkEquals('4', seen.uuid().length() == 36 ? seen.uuid().charAt(14) : ' ', "uuid version");
            outcome.finish("now " + seen.now() + ", uuid " + seen.uuid());
        });
    }
}
