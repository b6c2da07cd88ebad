package io.teaframe.view;

import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.effect.Effects;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.Timers;
import io.teaframe.view.ViewFixture.Count;
import io.teaframe.view.ViewFixture.Increment;
import io.teaframe.view.ViewFixture.SetShowTitle;
import io.teaframe.view.ViewFixture.ShowTitle;
import org.junit.jupiter.api.Test;

/** Timers started in a component's scope stop when the component unmounts. */
class ScopedTimerTest {

    record ClockShown(String scope) {
    }

    private final ViewFixture f = new ViewFixture();
    private final Timers timers = Timers.install(f.t.frame());

    /** Ticks Increment every second while it is on the page. */
    private final Component<Void> clock = f.counted("Clock", (props, c) -> {
        String scope = c.scope();
        c.onMount(node -> f.t.frame().dispatch(new ClockShown(scope)));
        return p(text("tick " + c.read(new Count())));
    });

    /** Shows the clock while ShowTitle is true. */
    private final Component<Void> page = f.counted("Page", (props, c) ->
            c.read(new ShowTitle()) ? div(component(clock, null)) : div());

    ScopedTimerTest() {
        f.t.frame().onFx(ClockShown.class, (cofx, e) ->
                Effects.of(new StartInterval("clock", 1_000, new Increment(), e.scope())));
    }

    @Test
    void unmountedChildStopsItsInterval() {
        f.mount(page, null);
        f.t.drain();
        f.t.advance(3_000);
        assertEquals(3, f.t.state().count());
        assertTrue(timers.isRunning("clock"));

        f.dispatch(new SetShowTitle(false)).nextFrame();
        f.t.advance(5_000);

        assertEquals(3, f.t.state().count());
        assertEquals(0, timers.runningTimers());
        assertEquals(0, f.t.frame().scopes().size());
        f.t.assertNoErrors();
    }

    @Test
    void unmountedViewStopsItsInterval() {
        View<Void> view = f.mount(clock, null);
        f.t.drain();
        assertEquals(1, timers.runningTimers());

        view.unmount();
        f.t.advance(5_000);

        assertEquals(0, f.t.state().count());
        assertEquals(0, timers.runningTimers());
    }

    @Test
    void eachInstanceHasItsOwnScope() {
        String[] scopes = new String[2];
        Component<Integer> item = f.counted("Item", (index, c) -> {
            scopes[index] = c.scope();
            return p(text("item"));
        });
        f.mount(f.counted("List", (props, c) -> div(component(item, 0, "a"), component(item, 1, "b"))), null);

        assertNotEquals(scopes[0], scopes[1]);
        assertTrue(scopes[0].startsWith("view:Item#"), scopes[0]);
    }
}
