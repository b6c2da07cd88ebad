package io.teaframe.view;

import static io.teaframe.view.Html.a;
import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.classIf;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.href;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.style;
import static io.teaframe.view.Html.table;
import static io.teaframe.view.Html.tbody;
import static io.teaframe.view.Html.td;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.tr;
import static io.teaframe.view.Html.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An update to an equal tree makes no port call at all. */
class IdenticalTreeTest {

    record Select(int id) {
    }

    /** Builds a new table like the js-framework-benchmark's on each call. */
    static VNode rows(int count, int selected) {
        List<VNode> rows = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            int rowId = id;
            rows.add(tr(key(id), classIf("danger", id == selected),
                    td(cls("col-md-1"), text(Integer.toString(id))),
                    td(a(href("#"), on(EventType.CLICK, new Select(id)), text("row " + id))),
                    td(button(style("color", "red"), attr("data-id", Integer.toString(id)),
                            onEvent(EventType.CLICK, (e, d) -> d.dispatch(new Select(rowId))))),
                    td(input(value("v" + id)))));
        }
        return table(tbody(children(rows)));
    }

    @Test
    void equalTreeMakesNoCalls() {
        Harness h = new Harness().mount(rows(50, 3));

        h.update(rows(50, 3));

        assertEquals(List.of(), h.dom.calls);
    }

    @Test
    void sameTreeObjectMakesNoCalls() {
        VNode tree = rows(10, 0);
        Harness h = new Harness().mount(tree);

        h.update(tree);

        assertEquals(List.of(), h.dom.calls);
    }

    @Test
    void selectingARowWritesTwoClasses() {
        Harness h = new Harness().mount(rows(50, 3));

        h.update(rows(50, 4));

        assertEquals(List.of("removeAttribute tr class", "setAttribute tr class danger"), h.dom.calls);
    }
}
