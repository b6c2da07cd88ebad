package io.teaframe.view;

import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.view.ViewFixture.Count;
import io.teaframe.view.ViewFixture.Increment;
import io.teaframe.view.ViewFixture.Items;
import io.teaframe.view.ViewFixture.SetItems;
import io.teaframe.view.ViewFixture.SetShowTitle;
import io.teaframe.view.ViewFixture.SetTitle;
import io.teaframe.view.ViewFixture.ShowTitle;
import io.teaframe.view.ViewFixture.Title;
import io.teaframe.testkit.RecordingLogger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Components: tracked reads, batched renders in animation frames, props and keys. */
class ComponentRenderTest {

    /** A root with a title reader and a count reader side by side. */
    static final class TwoReaders {
        final ViewFixture f = new ViewFixture();
        final Component<Void> titleView = f.counted("TitleView", (props, c) -> p(text(c.read(new Title()))));
        final Component<Void> countView = f.counted("CountView", (props, c) -> p(text("count " + c.read(new Count()))));
        final Component<Void> root = f.counted("Root", (props, c) -> div(component(titleView, null), component(countView, null)));
    }

    @Test
    void mountRendersAtOnce() {
        TwoReaders app = new TwoReaders();

        app.f.mount(app.root, null);

        assertEquals("<div><p>hello</p><p>count 0</p></div>", app.f.html());
        assertEquals(List.of("render Root", "render TitleView", "render CountView"), app.f.log);
        app.f.t.assertNoErrors();
    }

    @Test
    void changeRendersOnlyItsReaders() {
        TwoReaders app = new TwoReaders();
        app.f.mount(app.root, null);

        app.f.dispatch(new Increment()).nextFrame();

        assertEquals(1, app.f.renders("Root"));
        assertEquals(1, app.f.renders("TitleView"));
        assertEquals(2, app.f.renders("CountView"));
        assertEquals("<div><p>hello</p><p>count 1</p></div>", app.f.html());
    }

    @Test
    void renderWaitsForAnimationFrame() {
        TwoReaders app = new TwoReaders();
        app.f.mount(app.root, null);

        app.f.dispatch(new Increment());

        assertEquals(1, app.f.renders("CountView"));
        assertEquals("<div><p>hello</p><p>count 0</p></div>", app.f.html());
        assertEquals(1, app.f.t.time().pending());
    }

    @Test
    void threeEventsInOneFrameRenderOnce() {
        TwoReaders app = new TwoReaders();
        app.f.mount(app.root, null);

        app.f.dispatch(new Increment()).dispatch(new Increment()).dispatch(new SetTitle("bye")).nextFrame();

        assertEquals(2, app.f.renders("CountView"));
        assertEquals(2, app.f.renders("TitleView"));
        assertEquals(1, app.f.renders("Root"));
        assertEquals("<div><p>bye</p><p>count 2</p></div>", app.f.html());
        assertEquals(0, app.f.t.time().pending());
    }

    @Test
    void equalValueRendersNothing() {
        TwoReaders app = new TwoReaders();
        app.f.mount(app.root, null);
        app.f.dom.clearCalls();

        app.f.dispatch(new SetTitle("hello")).nextFrame();

        assertEquals(1, app.f.renders("TitleView"));
        assertEquals(List.of(), app.f.dom.calls);
    }

    @Test
    void childWithEqualPropsIsSkipped() {
        ViewFixture f = new ViewFixture();
        Component<String> label = f.counted("Label", (text, c) -> span(text(text)));
        Component<Integer> echo = f.counted("Echo", (n, c) -> span(text("n=" + n)));
        Component<Void> parent = f.counted("Parent", (props, c) -> {
            int count = c.read(new Count());
            return div(component(label, "fixed"), component(echo, count));
        });
        f.mount(parent, null);

        f.dispatch(new Increment()).nextFrame();

        assertEquals(2, f.renders("Parent"));
        assertEquals(1, f.renders("Label"));
        assertEquals(2, f.renders("Echo"));
        assertEquals("<div><span>fixed</span><span>n=1</span></div>", f.html());
    }

    @Test
    void parentRendersBeforeDirtyChild() {
        ViewFixture f = new ViewFixture();
        Component<Void> child = f.counted("Child", (props, c) -> span(text("child " + c.read(new Count()))));
        Component<Void> parent = f.counted("Parent", (props, c) -> div(text("parent " + c.read(new Count())),
                component(child, null)));
        f.mount(parent, null);
        f.log.clear();

        f.dispatch(new Increment()).nextFrame();

        assertEquals(List.of("render Parent", "render Child"), f.log);
        assertEquals("<div>parent 1<span>child 1</span></div>", f.html());
    }

    @Test
    void childDirtyBeforeParentStillRendersAfterIt() {
        ViewFixture f = new ViewFixture();
        Component<Void> child = f.counted("Child", (props, c) -> span(text("child " + c.read(new Count()))));
        Component<Void> parent = f.counted("Parent", (props, c) -> div(text(c.read(new Title())), component(child, null)));
        f.mount(parent, null);
        f.log.clear();

        // The first event makes the child dirty, the second its parent; the pass orders by depth.
        f.dispatch(new Increment()).dispatch(new SetTitle("bye")).nextFrame();

        assertEquals(List.of("render Parent", "render Child"), f.log);
        assertEquals("<div>bye<span>child 1</span></div>", f.html());
    }

    @Test
    void readDroppedInNextRenderIsClosed() {
        ViewFixture f = new ViewFixture();
        Component<Void> header = f.counted("Header", (props, c) -> c.read(new ShowTitle())
                ? p(text(c.read(new Title())))
                : p(text("no title")));
        f.mount(header, null);
        assertTrue(f.t.frame().subscriptions().isAlive(new Title()));

        f.dispatch(new SetShowTitle(false)).nextFrame();

        assertFalse(f.t.frame().subscriptions().isAlive(new Title()));
        assertEquals(1, f.liveNodes());
        assertEquals("<p>no title</p>", f.html());

        // The closed read no longer triggers renders.
        f.dispatch(new SetTitle("changed")).nextFrame();
        assertEquals(2, f.renders("Header"));
    }

    @Test
    void equalQueriesShareOneNode() {
        ViewFixture f = new ViewFixture();
        Component<Integer> reader = f.counted("Reader", (n, c) -> li(text(n + ":" + c.read(new Count()) + c.read(new Count()))));
        Component<Void> list = f.counted("List", (props, c) -> ul(component(reader, 1), component(reader, 2)));

        f.mount(list, null);

        assertEquals(1, f.liveNodes());
        assertEquals("<ul><li>1:00</li><li>2:00</li></ul>", f.html());
    }

    @Test
    void keyedInstancesFollowTheirKeys() {
        ViewFixture f = new ViewFixture();
        Component<String> row = f.counted("Row", (item, c) -> li(text(item)));
        Component<Void> list = f.counted("List", (props, c) -> {
            List<VNode> rows = new ArrayList<>();
            for (String item : c.read(new Items())) {
                rows.add(component(row, item, item));
            }
            return ul(Html.children(rows));
        });
        f.mount(list, null);
        FakeDom.Node first = f.container.child(0).child(0);
        f.dom.clearCalls();

        f.dispatch(new SetItems(List.of("c", "b", "a"))).nextFrame();

        assertEquals("<ul><li>c</li><li>b</li><li>a</li></ul>", f.html());
        assertEquals(3, f.renders("Row"));
        assertSame(first, f.container.child(0).child(2));
        assertEquals(2, f.dom.moves);
    }

    @Test
    void removedKeyedInstanceReleasesItsReads() {
        ViewFixture f = new ViewFixture();
        Component<String> row = f.counted("Row", (item, c) -> li(text(item.equals("b") ? c.read(new Title()) : item)));
        Component<Void> list = f.counted("List", (props, c) -> {
            List<VNode> rows = new ArrayList<>();
            for (String item : c.read(new Items())) {
                rows.add(component(row, item, item));
            }
            return ul(Html.children(rows));
        });
        f.mount(list, null);
        assertTrue(f.t.frame().subscriptions().isAlive(new Title()));

        f.dispatch(new SetItems(List.of("a", "c"))).nextFrame();

        assertFalse(f.t.frame().subscriptions().isAlive(new Title()));
        assertEquals("<ul><li>a</li><li>c</li></ul>", f.html());
    }

    @Test
    void newRootElementReplacesTheOldInPlace() {
        ViewFixture f = new ViewFixture();
        Component<Void> toggle = f.counted("Toggle", (props, c) -> c.read(new Count()) % 2 == 0
                ? span(text("even"))
                : p(text("odd")));
        Component<Void> root = f.counted("Root", (props, c) -> div(text("before"), component(toggle, null), text("after")));
        f.mount(root, null);

        f.dispatch(new Increment()).nextFrame();

        assertEquals("<div>before<p>odd</p>after</div>", f.html());
        assertEquals(1, f.renders("Root"));
    }

    @Test
    void nestedComponentRootFollowsReplacement() {
        ViewFixture f = new ViewFixture();
        Component<Void> inner = f.counted("Inner", (props, c) -> c.read(new Count()) == 0 ? span(text("zero")) : p(text("more")));
        Component<String> outer = f.counted("Outer", (item, c) -> component(inner, null));
        Component<Void> list = f.counted("List", (props, c) -> {
            List<VNode> rows = new ArrayList<>();
            for (String item : c.read(new Items())) {
                rows.add(item.equals("b") ? component(outer, item, item) : li(Html.key(item), text(item)));
            }
            return ul(Html.children(rows));
        });
        f.mount(list, null);

        // Inner replaces its root, then the list moves Outer by its key: the move must use the new root.
        f.dispatch(new Increment()).nextFrame();
        f.dispatch(new SetItems(List.of("b", "a", "c"))).nextFrame();

        assertEquals("<ul><p>more</p><li>a</li><li>c</li></ul>", f.html());
        assertEquals(1, f.renders("Outer"));
    }

    @Test
    void updateGivesRootNewProps() {
        ViewFixture f = new ViewFixture();
        Component<String> greeting = f.counted("Greeting", (name, c) -> p(text("hi " + name)));
        View<String> view = f.mount(greeting, "ann");

        view.update("bob");
        view.update("bob");

        assertEquals("<p>hi bob</p>", f.html());
        assertEquals(2, f.renders("Greeting"));
    }

    @Test
    void clickInComponentDispatchesToFrame() {
        ViewFixture f = new ViewFixture();
        Component<Void> button = f.counted("Button", (props, c) -> Html.button(
                Html.on(EventType.CLICK, new Increment()), text("+" + c.read(new Count()))));
        f.mount(button, null);

        f.dom.fire(f.container.child(0), "click", null);
        f.t.drain();
        f.nextFrame();

        assertEquals(1, f.t.state().count());
        assertEquals("<button>+1</button>", f.html());
    }

    @Test
    void changeDuringOwnRenderRendersAgain() {
        ViewFixture f = new ViewFixture();
        Component<Void> eager = f.counted("Eager", (props, c) -> {
            int count = c.read(new Count());
            if (count == 0) {
                f.t.frame().dispatchSync(new Increment());
            }
            return p(text("count " + count));
        });
        f.mount(eager, null);
        assertEquals("<p>count 0</p>", f.html());

        f.nextFrame();

        assertEquals("<p>count 1</p>", f.html());
        assertEquals(2, f.renders("Eager"));
        assertEquals(0, f.t.time().pending());
    }

    @Test
    void readAfterRenderThrows() {
        ViewFixture f = new ViewFixture();
        RenderContext[] leakedContext = new RenderContext[1];
        Component<Void> leaky = f.counted("Leaky", (props, c) -> {
            leakedContext[0] = c;
            return p();
        });
        f.mount(leaky, null);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> leakedContext[0].read(new Count()));

        assertTrue(thrown.getMessage().contains("component Leaky read Count[] outside its render function"),
                thrown.getMessage());
    }

    @Test
    void plainReconcilerRejectsComponents() {
        FakeDom dom = new FakeDom();
        Reconciler<FakeDom.Node> reconciler = Reconciler.create(dom, event -> { }, new RecordingLogger());
        Component<Void> any = Component.named("Any", (props, c) -> p());

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> reconciler.mount(dom.container(), div(component(any, null))));

        assertTrue(thrown.getMessage().contains("component Any"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("View.mount"), thrown.getMessage());
    }
}
