package io.teaframe.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Queued values that become their event at their turn. */
class LateEventTest {

    record Seen(List<String> names) {
        Seen with(String name) {
            List<String> copy = new ArrayList<>(names);
            copy.add(name);
            return new Seen(copy);
        }
    }

    record Named(String name) {
    }

    record Render(String name) implements AfterRender {
    }

    /** A late event whose resolve runs {@code event} when its turn comes. */
    record Late(String label, Supplier<Object> event) implements LateEvent {
        @Override
        public Object resolve() {
            return event.get();
        }

        @Override
        public String toString() {
            return "Late[" + label + "]";
        }
    }

    private static TestFrame<Seen> frame() {
        TestFrame<Seen> t = TestFrame.create(new Seen(List.of()));
        t.frame().on(Named.class, (state, e) -> state.with(e.name()));
        t.frame().on(Render.class, (state, e) -> state.with("render " + e.name()));
        return t;
    }

    @Test
    void resolvesAtItsTurnAndTakesItsPlace() {
        TestFrame<Seen> t = frame();
        List<String> resolvedAfter = new ArrayList<>();
        t.frame().onFx(String.class, (cofx, name) -> {
            Seen seen = cofx.state();
            return Effects.state(seen.with(name))
                    .and(new Dispatch(new Late("x", () -> {
                        resolvedAfter.addAll(t.state().names());
                        return new Named("from late");
                    })))
                    .and(new Dispatch(new Named("after")));
        });

        t.dispatchAndDrain("first");

        // The late value was resolved after "first" was handled, and its event ran in its place.
        assertEquals(List.of("first"), resolvedAfter);
        assertEquals(List.of("first", "from late", "after"), t.state().names());
        t.assertNoErrors();
    }

    @Test
    void nullHandlesNothing() {
        TestFrame<Seen> t = frame();
        List<Object> traced = new ArrayList<>();
        t.frame().addPostEventCallback("events", (event, state) -> traced.add(event));

        t.dispatch(new Late("nothing", () -> null)).dispatch(new Named("next")).drain();

        assertEquals(List.of("next"), t.state().names());
        assertEquals(List.of(new Named("next")), traced);
        t.assertNoErrors();
    }

    @Test
    void handlersAndEffectsSeeTheResolvedEvent() {
        TestFrame<Seen> t = frame();
        List<Object> current = new ArrayList<>();
        t.frame().registerEffect(Render.class, (effect, context) -> current.add(context.event()));
        t.frame().onFx(Integer.class, (cofx, n) -> Effects.of(new Render("effect")));

        t.dispatchAndDrain(new Late("number", () -> 7));

        assertEquals(List.of(7), current);
    }

    @Test
    void throwingResolveIsReported() {
        TestFrame<Seen> t = frame();

        t.dispatch(new Late("broken", () -> {
            throw new IllegalStateException("no event");
        })).dispatch(new Named("next")).drain();

        assertEquals(List.of("next"), t.state().names());
        assertEquals(1, t.errors().size());
        FrameError error = t.errors().get(0);
        assertEquals(Phase.HANDLER, error.phase());
        assertEquals("no event", error.cause().getMessage());
        assertTrue(error.describe().contains("Late[broken]"), error.describe());
    }

    @Test
    void resolvedAfterRenderEventRunsAtOnce() {
        TestFrame<Seen> t = frame();

        t.dispatch(new Late("render", () -> new Render("R"))).drain();

        assertEquals(List.of("render R"), t.state().names());
        assertEquals(RouterState.IDLE, t.frame().routerState());
    }

    @Test
    void dispatchSyncResolvesToo() {
        TestFrame<Seen> t = frame();

        t.frame().dispatchSync(new Late("sync", () -> new Named("now")));

        assertEquals(List.of("now"), t.state().names());
    }

    @Test
    void nestedLateEventResolves() {
        TestFrame<Seen> t = frame();

        t.dispatchAndDrain(new Late("outer", () -> new Late("inner", () -> new Named("innermost"))));

        assertEquals(List.of("innermost"), t.state().names());
        t.assertNoErrors();
    }
}
