package io.teaframe.view;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.element;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.svg;
import static io.teaframe.view.Html.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The reconciler's lifecycle rules and namespaces. */
class ReconcilerTest {

    @Test
    void mountTwiceThrows() {
        Harness h = new Harness().mount(div());

        assertThrows(IllegalStateException.class, () -> h.reconciler.mount(h.container, div()));
    }

    @Test
    void updateBeforeMountThrows() {
        Harness h = new Harness();

        assertThrows(IllegalStateException.class, () -> h.reconciler.update(div()));
    }

    @Test
    void nullRootThrows() {
        Harness h = new Harness();

        assertThrows(IllegalArgumentException.class, () -> h.reconciler.mount(h.container, null));
    }

    @Test
    void textRoot() {
        Harness h = new Harness().mount(text("hello"));

        h.update(text("bye"));

        assertEquals("bye", h.html());
    }

    @Test
    void updateDuringUpdateThrows() {
        Harness h = new Harness().mount(div());
        h.dom.duringSetAttribute = () -> h.reconciler.update(div());

        assertThrows(IllegalStateException.class, () -> h.reconciler.update(div(Html.title("t"))));
    }

    @Test
    void updateAfterFailedUpdateWorks() {
        Harness h = new Harness().mount(div());
        h.dom.duringSetAttribute = () -> h.reconciler.update(div());
        assertThrows(IllegalStateException.class, () -> h.reconciler.update(div(Html.title("t"))));
        h.dom.duringSetAttribute = null;

        h.update(div(Html.title("u")));

        assertEquals("<div title=\"u\"></div>", h.html());
    }

    @Test
    void svgChildrenUseTheSvgNamespace() {
        Harness h = new Harness().mount(div(svg(element("circle"), element("foreignObject", div()))));

        FakeDom.Node svgNode = h.root().child(0);
        assertNull(h.root().namespace);
        assertEquals(Namespaces.SVG, svgNode.namespace);
        assertEquals(Namespaces.SVG, svgNode.child(0).namespace);
        assertEquals(Namespaces.SVG, svgNode.child(1).namespace);
        assertNull(svgNode.child(1).child(0).namespace);
    }

    @Test
    void svgInsertedOnUpdateUsesTheSvgNamespace() {
        Harness h = new Harness().mount(svg());

        h.update(svg(element("rect")));

        assertEquals(Namespaces.SVG, h.root().child(0).namespace);
    }

    @Test
    void handlerMayUpdateOutsideRender() {
        Harness h = new Harness();
        h.mount(button(onEvent(EventType.CLICK, (e, d) -> h.reconciler.update(div()))));

        h.dom.fire(h.root(), "click", null);

        assertEquals("<div></div>", h.html());
    }
}
