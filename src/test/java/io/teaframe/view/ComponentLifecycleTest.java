package io.teaframe.view;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.teaframe.port.Cancellable;
import io.teaframe.view.ViewFixture.Count;
import io.teaframe.view.ViewFixture.Increment;
import io.teaframe.view.ViewFixture.SetShowTitle;
import io.teaframe.view.ViewFixture.ShowTitle;
import io.teaframe.view.ViewFixture.Title;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mount and unmount: hooks, their order, and what unmount leaves behind. */
class ComponentLifecycleTest {

    /** A parent with a child; both log their hooks and read subscriptions. */
    static final class Family {
        final ViewFixture f = new ViewFixture();
        final Component<Void> child = f.counted("Child", (props, c) -> {
            c.onMount((FakeDom.Node node) -> f.log.add("mount Child <" + node.tag + ">"));
            c.onUnmount((FakeDom.Node node) -> f.log.add("unmount Child <" + node.tag + ">"));
            return input(Html.value(c.read(new Title())));
        });
        final Component<Void> parent = f.counted("Parent", (props, c) -> {
            c.onMount((FakeDom.Node node) -> f.log.add("mount Parent <" + node.tag + "> attached=" + (node.parent != null)));
            c.onUnmount((FakeDom.Node node) -> f.log.add("unmount Parent attached=" + (node.parent != null)));
            return div(button(on(EventType.CLICK, new Increment()), text("+" + c.read(new Count()))),
                    component(child, null));
        });
    }

    @Test
    void mountHooksRunChildrenFirstAfterInsertion() {
        Family family = new Family();

        family.f.mount(family.parent, null);

        assertEquals(List.of("render Parent", "render Child", "mount Child <input>", "mount Parent <div> attached=true"),
                family.f.log);
    }

    @Test
    void unmountHooksRunParentsFirstWhileAttached() {
        Family family = new Family();
        View<Void> view = family.f.mount(family.parent, null);
        family.f.log.clear();

        view.unmount();

        assertEquals(List.of("unmount Parent attached=true", "unmount Child <input>"), family.f.log);
    }

    @Test
    void hooksRunOnceAcrossRenders() {
        Family family = new Family();
        View<Void> view = family.f.mount(family.parent, null);

        family.f.dispatch(new Increment()).nextFrame();
        family.f.dispatch(new Increment()).nextFrame();
        view.unmount();

        assertEquals(1, count(family.f.log, "mount Parent"));
        assertEquals(1, count(family.f.log, "unmount Parent"));
        assertEquals(3, family.f.renders("Parent"));
    }

    @Test
    void unmountLeavesNothingBehind() {
        Family family = new Family();
        View<Void> view = family.f.mount(family.parent, null);
        family.f.dispatch(new Increment());
        assertEquals(1, family.f.t.time().pending());

        view.unmount();

        assertEquals(0, family.f.liveNodes());
        assertEquals(0, family.f.t.time().pending());
        assertEquals(0, family.f.dom.registeredListeners());
        assertEquals(List.of(), family.f.container.children);
        assertFalse(view.isMounted());
        family.f.t.assertNoErrors();
    }

    @Test
    void eventsAfterUnmountRenderNothing() {
        Family family = new Family();
        View<Void> view = family.f.mount(family.parent, null);
        view.unmount();

        family.f.dispatch(new Increment()).nextFrame();

        assertEquals(1, family.f.renders("Parent"));
        assertEquals(0, family.f.t.time().pending());
    }

    @Test
    void unmountTwiceIsHarmless() {
        Family family = new Family();
        View<Void> view = family.f.mount(family.parent, null);
        view.unmount();
        family.f.log.clear();

        view.unmount();

        assertEquals(List.of(), family.f.log);
    }

    @Test
    void removedChildRunsItsUnmountHook() {
        ViewFixture f = new ViewFixture();
        Component<Void> child = f.counted("Child", (props, c) -> {
            c.onUnmount((FakeDom.Node node) -> f.log.add("unmount Child"));
            return p(text(c.read(new Title())));
        });
        Component<Void> parent = f.counted("Parent", (props, c) -> c.read(new ShowTitle())
                ? div(component(child, null))
                : div());
        f.mount(parent, null);

        f.dispatch(new SetShowTitle(false)).nextFrame();

        assertEquals("unmount Child", f.log.get(f.log.size() - 1));
        assertEquals(1, f.liveNodes());
        assertEquals("<div></div>", f.html());
    }

    @Test
    void replacedListRunsUnmountHooksWhileAttached() {
        ViewFixture f = new ViewFixture();
        Component<String> item = f.counted("Item", (String label, RenderContext c) -> {
            c.onUnmount((FakeDom.Node node) -> f.log.add("unmount " + label + " attached=" + (node.parent != null)));
            return p(text(label));
        });
        Component<List<String>> list = f.counted("List", (List<String> labels, RenderContext c) -> {
            List<VNode> items = new ArrayList<>();
            for (String label : labels) {
                items.add(component(item, label, label));
            }
            return div(children(items));
        });
        View<List<String>> view = f.mount(list, List.of("a", "b"));
        f.log.clear();

        view.update(List.of("c", "d"));

        assertEquals(List.of("render List", "unmount a attached=true", "unmount b attached=true", "render Item",
                "render Item"), f.log);
        assertEquals("<div><p>c</p><p>d</p></div>", f.html());
        assertEquals(1, f.dom.count("setText div"), "textContent writes");
    }

    @Test
    void mountHookOwnsATimer() {
        ViewFixture f = new ViewFixture();
        Cancellable[] timer = new Cancellable[1];
        Component<Void> ticker = f.counted("Ticker", (props, c) -> {
            c.onMount((FakeDom.Node node) -> timer[0] = f.t.time().timeout(1_000, () -> f.t.frame().dispatch(new Increment())));
            c.onUnmount((FakeDom.Node node) -> timer[0].cancel());
            return p(text("tick " + c.read(new Count())));
        });
        View<Void> view = f.mount(ticker, null);
        assertEquals(1, f.t.time().pending());

        view.unmount();

        assertEquals(0, f.t.time().pending());
    }

    @Test
    void hookOfFirstRenderRunsWithTheRootNode() {
        ViewFixture f = new ViewFixture();
        FakeDom.Node[] seen = new FakeDom.Node[1];
        Component<Void> field = f.counted("Field", (props, c) -> {
            c.onMount((FakeDom.Node node) -> seen[0] = node);
            return input();
        });

        f.mount(field, null);

        assertSame(f.container.child(0), seen[0]);
    }

    @Test
    void unmountFromHookIsRejected() {
        ViewFixture f = new ViewFixture();
        View<?>[] view = new View<?>[1];
        Component<Void> rude = f.counted("Rude", (props, c) -> {
            c.onUnmount((FakeDom.Node node) -> view[0].unmount());
            return p();
        });
        view[0] = f.mount(rude, null);

        view[0].unmount();

        assertEquals(1, f.t.errors().size());
        assertEquals(IllegalStateException.class, f.t.errors().get(0).cause().getClass());
    }

    @Test
    void updateAfterUnmountThrows() {
        ViewFixture f = new ViewFixture();
        View<String> view = f.mount(f.counted("Any", (String props, RenderContext c) -> p(text(props))), "x");
        view.unmount();

        assertThrows(IllegalStateException.class, () -> view.update("y"));
    }

    private static int count(List<String> log, String prefix) {
        int count = 0;
        for (String line : log) {
            if (line.startsWith(prefix)) {
                count++;
            }
        }
        return count;
    }
}
