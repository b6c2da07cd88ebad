package io.teaframe.view;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unmount leaves nothing behind; removed nodes stop dispatching. */
class UnmountTest {

    static VNode view() {
        return div(on(EventType.CLICK, "outer"),
                ul(li(key(1), button(on(EventType.CLICK, "one"), on(EventType.FOCUS, "focus"))),
                        li(key(2), button(on(EventType.CLICK, "two")))),
                text("footer"));
    }

    @Test
    void unmountEmptiesTheContainer() {
        Harness h = new Harness().mount(view());

        h.reconciler.unmount();

        assertEquals(List.of(), h.container.children);
    }

    @Test
    void unmountRemovesEveryListener() {
        Harness h = new Harness().mount(view());

        h.reconciler.unmount();

        assertEquals(0, h.dom.registeredListeners());
        assertEquals(4, h.dom.count("removeEventListener"));
    }

    @Test
    void unmountTwiceIsHarmless() {
        Harness h = new Harness().mount(view());
        h.reconciler.unmount();
        h.dom.clearCalls();

        h.reconciler.unmount();

        assertEquals(List.of(), h.dom.calls);
        assertFalse(h.reconciler.isMounted());
    }

    @Test
    void remountAfterUnmount() {
        Harness h = new Harness().mount(view());
        h.reconciler.unmount();

        h.reconciler.mount(h.container, div(text("again")));

        assertTrue(h.reconciler.isMounted());
        assertEquals("<div>again</div>", h.html());
    }

    @Test
    void removedNodeStopsDispatching() {
        Harness h = new Harness().mount(ul(li(key(1), button(on(EventType.CLICK, "one")))));
        FakeDom.Node button = h.root().child(0).child(0);

        h.update(ul());
        h.dom.fire(button, "click", null);

        assertEquals(List.of(), h.dispatched);
    }

    @Test
    void mountKeepsExistingContainerNodes() {
        Harness h = new Harness();
        FakeDom.Node existing = h.dom.createText("before");
        h.dom.insertBefore(h.container, existing, null);
        h.reconciler.mount(h.container, div());

        h.reconciler.unmount();

        assertEquals(List.of(existing), h.container.children);
    }
}
