package io.teaframe.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import io.teaframe.timer.Debounce;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.StopTimer;
import io.teaframe.timer.Throttle;
import io.teaframe.timer.Timers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timers and flows example of README.md, compiled and run, so that the README stays true. */
class ReadmeFlowExampleTest {

    record App(List<String> log, List<FrameError> errors) {
        App with(String entry) {
            List<String> next = new ArrayList<>(log);
            next.add(entry);
            return new App(next, errors);
        }

        App withError(FrameError error) {
            List<FrameError> next = new ArrayList<>(errors);
            next.add(error);
            return new App(log, next);
        }
    }

    record ShowClock() {
    }

    record HideClock() {
    }

    record Tick() {
    }

    record Typed(String text) {
    }

    record Search(String text) {
    }

    record Scrolled(int top) {
    }

    record SaveScroll(int top) {
    }

    record Start() {
    }

    record LoadConfig() {
    }

    record LoadUser() {
    }

    record ConfigLoaded() {
    }

    record UserLoaded() {
    }

    record ConfigFailed() {
    }

    record UserFailed() {
    }

    record ShowHome() {
    }

    record ShowBootError() {
    }

    record BootTimedOut() {
    }

    record Boom() {
    }

    record ErrorRaised(FrameError error) {
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Class<T>> classes(Class<?>... types) {
        List<Class<T>> list = new ArrayList<>();
        for (Class<?> type : types) {
            list.add((Class<T>) type);
        }
        return list;
    }

    @Test
    void readmeExampleRuns() {
        TestFrame<App> t = TestFrame.create(new App(List.of(), List.of()));
        var frame = t.frame();
        for (Class<Object> logged : ReadmeFlowExampleTest.<Object>classes(Tick.class, Search.class, SaveScroll.class, LoadConfig.class, LoadUser.class,
                ConfigLoaded.class, UserLoaded.class, ShowHome.class, ShowBootError.class, BootTimedOut.class)) {
            frame.on(logged, (state, e) -> state.with(e.toString()));
        }
        frame.on(Boom.class, (state, e) -> {
            throw new IllegalStateException("boom");
        });
        frame.on(ErrorRaised.class, (state, e) -> state.withError(e.error()));

        // As in README.md.
        Timers timers = Timers.install(frame);
        Flows flows = Flows.install(frame);
        frame.onFx(ShowClock.class, (cofx, e) -> Effects.of(new StartInterval("clock", 1_000, new Tick())));
        frame.onFx(HideClock.class, (cofx, e) -> Effects.of(new StopTimer("clock")));
        frame.onFx(Typed.class, (cofx, e) -> Effects.of(Debounce.of("search", 300, new Search(e.text())).withMaxWait(2_000)));
        frame.onFx(Scrolled.class, (cofx, e) -> Effects.of(Throttle.of("scroll", 100, new SaveScroll(e.top()))));
        Flow boot = Flow.named("boot")
                .firstDispatch(new LoadConfig(), new LoadUser())
                .rule(Rule.whenAll(EventMatcher.of(ConfigLoaded.class), EventMatcher.of(UserLoaded.class))
                        .dispatch(new ShowHome()).halt())
                .rule(Rule.whenAny(EventMatcher.of(ConfigFailed.class), EventMatcher.of(UserFailed.class))
                        .dispatch(new ShowBootError()).halt())
                .timeout(10_000, new BootTimedOut());
        frame.onFx(Start.class, (cofx, e) -> Effects.of(new StartFlow(boot)));
        frame.onError(error -> new ErrorRaised(error));

        t.dispatchAndDrain(new ShowClock()).advance(2_000).dispatchAndDrain(new HideClock());
        t.dispatchAndDrain(new Typed("t")).dispatchAndDrain(new Typed("tea")).advance(300);
        t.dispatchAndDrain(new Scrolled(10)).dispatchAndDrain(new Scrolled(20)).advance(100);
        t.dispatchAndDrain(new Start()).dispatchAndDrain(new UserLoaded()).dispatchAndDrain(new ConfigLoaded());
        t.dispatchAndDrain(new Boom());
        t.advance(20_000);

        assertEquals(List.of("Tick[]", "Tick[]", "Search[text=tea]", "SaveScroll[top=10]", "SaveScroll[top=20]",
                "LoadConfig[]", "LoadUser[]", "UserLoaded[]", "ConfigLoaded[]", "ShowHome[]"), t.state().log());
        assertEquals(1, t.state().errors().size());
        assertEquals(Phase.HANDLER, t.state().errors().get(0).phase());
        assertEquals(0, timers.runningTimers());
        assertEquals(0, timers.activeDebounces());
        assertEquals(0, flows.count());
    }
}
