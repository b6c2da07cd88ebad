package io.teaframe.view;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.h1;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.sub.Query;
import io.teaframe.testkit.TestFrame;
import io.teaframe.testkit.VirtualTime;
import org.junit.jupiter.api.Test;

/** The README's first app, run against the in-memory DOM, so that the README stays true. */
class ReadmeViewExampleTest {

    record Counter(int count) {
    }

    record Increment(int by) {
    }

    record Count() implements Query<Integer> {
    }

    static final Component<String> COUNTER = Component.named("Counter", (title, ctx) -> div(
            h1(text(title)),
            span(id("counter"), text(Integer.toString(ctx.read(new Count())))),
            button(id("increment"), on(EventType.CLICK, new Increment(1)), text("+1"))));

    @Test
    void counterRendersAndCounts() {
        TestFrame<Counter> t = TestFrame.create(new Counter(0));
        t.frame().on(Increment.class, (state, event) -> new Counter(state.count() + event.by()));
        t.frame().registerExtractor(Count.class, (state, query) -> state.count());
        FakeDom dom = new FakeDom();
        FakeDom.Node container = dom.container();

        View<String> view = View.mount(t.frame(), dom, container, COUNTER, "teaframe");
        assertEquals("<div><h1>teaframe</h1><span id=\"counter\">0</span><button id=\"increment\">+1</button></div>",
                container.children.get(0).html());

        FakeDom.Node button = container.children.get(0).children.get(2);
        dom.fire(button, "click", new FakeDom.Event("click"));
        dom.fire(button, "click", new FakeDom.Event("click"));
        t.drain().advance(VirtualTime.FRAME_MILLIS);

        assertEquals("2", container.children.get(0).children.get(1).children.get(0).text);
        view.unmount();
        assertEquals(0, t.frame().subscriptions().nodeCount());
        t.assertNoErrors();
    }
}
