package io.teaframe.view;

import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unkeyed children pair by position. */
class UnkeyedChildrenTest {

    @Test
    void textChangesInPlace() {
        Harness h = new Harness().mount(ul(li(text("a")), li(text("b")), li(text("c"))));

        h.update(ul(li(text("c")), li(text("b")), li(text("a"))));

        assertEquals(List.of("setText \"a\" c", "setText \"c\" a"), h.dom.calls);
    }

    @Test
    void appendAtEnd() {
        Harness h = new Harness().mount(ul(li(text("a"))));

        h.update(ul(li(text("a")), li(text("b"))));

        assertEquals("<ul><li>a</li><li>b</li></ul>", h.html());
        assertEquals(0, h.dom.moves);
    }

    @Test
    void removeAtEnd() {
        Harness h = new Harness().mount(ul(li(text("a")), li(text("b"))));

        h.update(ul(li(text("a"))));

        assertEquals(List.of("removeChild ul li"), h.dom.calls);
    }

    @Test
    void tagChangeAtPositionReplaces() {
        Harness h = new Harness().mount(div(span(text("a")), p(text("b")), span(text("c"))));
        FakeDom.Node last = h.root().child(2);

        h.update(div(span(text("a")), div(text("b")), span(text("c"))));

        assertEquals("<div><span>a</span><div>b</div><span>c</span></div>", h.html());
        assertSame(last, h.root().child(2));
    }

    @Test
    void mixedKeyedAndUnkeyed() {
        Harness h = new Harness().mount(ul(li(text("x")), li(key(1), text("1")), li(key(2), text("2")), li(text("y"))));

        h.update(ul(li(key(2), text("2")), li(text("x")), li(key(1), text("1")), li(text("y"))));

        assertEquals("<ul><li>2</li><li>x</li><li>1</li><li>y</li></ul>", h.html());
        assertEquals(0, h.dom.count("createElement"));
    }

    @Test
    void nullChildrenAreSkipped() {
        Harness h = new Harness().mount(div(null, text("a"), null));

        assertEquals("<div>a</div>", h.html());
    }
}
