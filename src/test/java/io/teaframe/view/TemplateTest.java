package io.teaframe.view;

import static io.teaframe.view.Html.a;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.classIf;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.style;
import static io.teaframe.view.Html.table;
import static io.teaframe.view.Html.td;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.tr;
import static io.teaframe.view.Html.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.view.ViewFixture.Increment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later instances of a component cloned from the DOM of its first instance. */
class TemplateTest {

    record Row(int id, String label, boolean selected) {
    }

    private final ViewFixture f = new ViewFixture();

    private final Component<Row> row = Component.named("Row", (Row props, RenderContext c) ->
            tr(classIf("danger", props.selected()),
                    td(cls("id"), text(Integer.toString(props.id()))),
                    td(a(cls("label"), style("color", props.selected() ? "red" : "blue"),
                            on(EventType.CLICK, new Increment()), text(props.label())))));

    private final Component<List<Row>> rows = Component.named("Rows", (List<Row> list, RenderContext c) -> {
        List<VNode> items = new ArrayList<>();
        for (Row props : list) {
            items.add(component(row, props, props.id()));
        }
        return table(children(items));
    });

    private static String html(Row... list) {
        StringBuilder out = new StringBuilder("<table>");
        for (Row props : list) {
            out.append(props.selected() ? "<tr class=\"danger\">" : "<tr>")
                    .append("<td class=\"id\">").append(props.id()).append("</td>")
                    .append("<td><a class=\"label\">").append(props.label()).append("</a></td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Test
    void laterRowsAreClones() {
        Row[] list = {new Row(1, "one", true), new Row(2, "two", false), new Row(3, "three", false)};

        f.mount(rows, List.of(list));

        assertEquals(html(list), f.html());
        assertEquals(1, f.dom.count("createElement tr"), "rows created node by node");
        assertEquals(3, f.dom.count("cloneTree"), "the template's copy and two clones");
        assertEquals(4, f.dom.count("setText"), "id and label texts of the last two rows");
        assertEquals(3, f.dom.count("addEventListener"), "one listener per link");
    }

    @Test
    void cloneListenersDispatch() {
        f.mount(rows, List.of(new Row(1, "one", false), new Row(2, "two", false)));
        FakeDom.Node secondLink = f.container.child(0).child(1).child(1).child(0);

        f.dom.fire(secondLink, "click", new FakeDom.Event("click"));
        f.t.drain();

        assertEquals(1, f.t.frame().state().count());
        assertEquals(2, f.dom.registeredListeners());
    }

    @Test
    void templateKeepsTheFirstTree() {
        View<List<Row>> view = f.mount(rows, List.of(new Row(1, "one", false)));
        view.update(List.of(new Row(1, "one!", true)));

        view.update(List.of(new Row(1, "one!", true), new Row(2, "two", false)));

        assertEquals(html(new Row(1, "one!", true), new Row(2, "two", false)), f.html());
        assertEquals("blue", linkOf(1).styles.get("color"), "style of the cloned row");
    }

    @Test
    void clonedRowsPatchLater() {
        View<List<Row>> view = f.mount(rows, List.of(new Row(1, "one", false), new Row(2, "two", false)));

        view.update(List.of(new Row(1, "one", false), new Row(2, "two !!!", true)));

        assertEquals(html(new Row(1, "one", false), new Row(2, "two !!!", true)), f.html());
        assertEquals("red", linkOf(1).styles.get("color"), "style of the cloned row");
    }

    /** Returns the link of row {@code index}; FakeDom's markup leaves styles out. */
    private FakeDom.Node linkOf(int index) {
        return f.container.child(0).child(index).child(1).child(0);
    }

    @Test
    void treeWithPropertyIsNotCloned() {
        Component<String> field = Component.named("Field", (String text, RenderContext c) -> p(input(value(text))));
        Component<List<String>> form = Component.named("Form", (List<String> texts, RenderContext c) -> {
            List<VNode> items = new ArrayList<>();
            for (String text : texts) {
                items.add(component(field, text, text));
            }
            return p(children(items));
        });

        f.mount(form, List.of("a", "b"));

        assertEquals(0, f.dom.count("cloneTree"));
        assertEquals(2, f.dom.count("setProperty input value"));
    }

    @Test
    void treeWithKeyIsNotCloned() {
        Component<String> item = Component.named("Item", (String text, RenderContext c) -> p(span(key(text))));
        Component<List<String>> list = Component.named("List", (List<String> texts, RenderContext c) -> {
            List<VNode> items = new ArrayList<>();
            for (String text : texts) {
                items.add(component(item, text, text));
            }
            return p(children(items));
        });

        f.mount(list, List.of("a", "b"));

        assertEquals(0, f.dom.count("cloneTree"));
    }

    @Test
    void otherChildrenArePatchedIntoTheClone() {
        Component<Integer> cell = Component.named("Cell", (Integer n, RenderContext c) -> n % 2 == 1
                ? p(cls("cell"), text("odd " + n))
                : p(cls("cell"), span(text("even")), text(" " + n), span(cls("mark"))));
        Component<List<Integer>> list = Component.named("List", (List<Integer> numbers, RenderContext c) -> {
            List<VNode> items = new ArrayList<>();
            for (Integer n : numbers) {
                items.add(component(cell, n, n));
            }
            return p(children(items));
        });

        f.mount(list, List.of(1, 2, 3));

        assertEquals("<p><p class=\"cell\">odd 1</p><p class=\"cell\"><span>even</span> 2<span class=\"mark\"></span></p>"
                + "<p class=\"cell\">odd 3</p></p>", f.html());
        assertEquals(3, f.dom.count("cloneTree"), "the template's copy and two clones");
    }

    @Test
    void otherRootTagIsCreated() {
        Component<Integer> cell = Component.named("Cell", (Integer n, RenderContext c) ->
                n % 2 == 0 ? p(text("even " + n)) : span(text("odd " + n)));
        Component<List<Integer>> list = Component.named("List", (List<Integer> numbers, RenderContext c) -> {
            List<VNode> items = new ArrayList<>();
            for (Integer n : numbers) {
                items.add(component(cell, n, n));
            }
            return p(children(items));
        });

        f.mount(list, List.of(1, 2, 3));

        assertEquals("<p><span>odd 1</span><p>even 2</p><span>odd 3</span></p>", f.html());
        assertEquals(2, f.dom.count("cloneTree"), "the template's copy and the clone for 3");
        assertEquals(1, f.dom.count("createElement p") - 1, "the <p> of 2, besides the list's own");
    }
}
