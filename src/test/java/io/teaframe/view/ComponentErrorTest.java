package io.teaframe.view;

import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.sub.NoSubscriptionException;
import io.teaframe.sub.Query;
import io.teaframe.view.ViewFixture.Count;
import io.teaframe.view.ViewFixture.Increment;
import org.junit.jupiter.api.Test;

/** Render errors reach the frame's error handler, and the rest of the view renders. */
class ComponentErrorTest {

    record Unregistered(String name) implements Query<String> {
    }

    @Test
    void firstRenderErrorIsReportedWithTheName() {
        ViewFixture f = new ViewFixture();
        Component<Void> broken = f.counted("Broken", (props, c) -> {
            throw new IllegalStateException("boom");
        });
        Component<Void> fine = f.counted("Fine", (props, c) -> li(text("fine")));
        Component<Void> list = f.counted("List", (props, c) -> ul(component(fine, null), component(broken, null),
                component(fine, null)));

        f.mount(list, null);

        assertEquals(1, f.t.errors().size());
        FrameError error = f.t.errors().get(0);
        assertEquals(Phase.RENDER, error.phase());
        assertNull(error.event());
        assertEquals("boom", error.cause().getMessage());
        assertTrue(error.describe().contains("component Broken, in render"), error.describe());
        assertEquals("<ul><li>fine</li><li>fine</li></ul>", f.html());
    }

    @Test
    void laterErrorKeepsTheLastGoodDom() {
        ViewFixture f = new ViewFixture();
        Component<Void> fragile = f.counted("Fragile", (props, c) -> {
            int count = c.read(new Count());
            if (count == 1) {
                throw new IllegalArgumentException("cannot show 1");
            }
            return li(text("fragile " + count));
        });
        Component<Void> sibling = f.counted("Sibling", (props, c) -> li(text("sibling " + c.read(new Count()))));
        Component<Void> list = f.counted("List", (props, c) -> ul(component(fragile, null, "f"), component(sibling, null, "s")));
        f.mount(list, null);

        f.dispatch(new Increment()).nextFrame();

        assertEquals("<ul><li>fragile 0</li><li>sibling 1</li></ul>", f.html());
        assertEquals(1, f.t.errors().size());
        assertTrue(f.t.errors().get(0).describe().contains("component Fragile key=f"), f.t.errors().get(0).describe());

        // The failed instance keeps its reads, so the next change brings it back.
        f.dispatch(new Increment()).nextFrame();
        assertEquals("<ul><li>fragile 2</li><li>sibling 2</li></ul>", f.html());
        assertEquals(1, f.t.errors().size());
    }

    @Test
    void missingSubscriptionIsReportedClearly() {
        ViewFixture f = new ViewFixture();
        Component<Void> reader = f.counted("Reader", (props, c) -> p(text(c.read(new Unregistered("x")))));

        f.mount(reader, null);

        FrameError error = f.t.errors().get(0);
        assertEquals(NoSubscriptionException.class, error.cause().getClass());
        String message = error.describe();
        assertTrue(message.contains("component Reader, in render"), message);
        assertTrue(message.contains("no subscription is registered for " + Unregistered.class.getName()), message);
        assertEquals(0, f.liveNodes());
    }

    @Test
    void nullTreeIsAnError() {
        ViewFixture f = new ViewFixture();
        Component<Void> empty = f.counted("Empty", (props, c) -> null);

        f.mount(empty, null);

        assertTrue(f.t.errors().get(0).cause().getMessage().contains("component Empty rendered null"));
        assertEquals("", f.html());
    }

    @Test
    void hookErrorIsReportedAndOthersRun() {
        ViewFixture f = new ViewFixture();
        Component<Void> child = f.counted("Child", (props, c) -> {
            c.onMount((FakeDom.Node node) -> f.log.add("mount Child"));
            return li();
        });
        Component<Void> parent = f.counted("Parent", (props, c) -> {
            c.onMount((FakeDom.Node node) -> {
                throw new IllegalStateException("no focus");
            });
            return ul(component(child, null));
        });

        f.mount(parent, null);

        assertTrue(f.log.contains("mount Child"));
        assertEquals(1, f.t.errors().size());
        assertTrue(f.t.errors().get(0).describe().contains("component Parent, in on-mount hook"));
    }

    @Test
    void recoveredComponentRunsItsMountHook() {
        ViewFixture f = new ViewFixture();
        Component<Void> late = f.counted("Late", (props, c) -> {
            if (c.read(new Count()) == 0) {
                throw new IllegalStateException("not ready");
            }
            c.onMount((FakeDom.Node node) -> f.log.add("mount Late <" + node.tag + ">"));
            return p(text("ready"));
        });
        f.mount(late, null);

        f.dispatch(new Increment()).nextFrame();

        assertEquals("<p>ready</p>", f.html());
        assertEquals("mount Late <p>", f.log.get(f.log.size() - 1));
    }
}
