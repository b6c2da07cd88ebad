package io.teaframe.e2e.bench;

import static io.teaframe.view.Html.a;
import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.classIf;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.table;
import static io.teaframe.view.Html.tbody;
import static io.teaframe.view.Html.td;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.tr;
import static io.teaframe.view.Html.type;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.sub.Query;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.VNode;
import io.teaframe.view.View;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Node;

/**
 * The teaframe side of the row operations benchmark (rows.html): a table of rows with
 * buttons for the operations of js-framework-benchmark, built with a {@link Frame} and a
 * {@link View} of components as an app would build it.
 *
 * <p>The state is a {@link Table} record. Each button and each link in a row dispatches an
 * event, and a pure handler returns the next table. The root component {@link #TABLE}
 * takes the table as props and places one {@link #ROW} component per row, keyed by the
 * row id, with {@link RowProps} as props. The view skips a row whose props are equal to
 * those of its last render, so a change renders only the rows it touches.
 *
 * <p>One subscription returns the whole table, and its listener passes it to
 * {@link View#update}, which renders synchronously, in the router's task that handled the
 * event, and not in the next animation frame as a component that reads a subscription
 * would. After each update the listener calls {@code window.benchRendered("teaframe")},
 * so the harness stops the clock only once the DOM is up to date.
 *
 * <p>Labels are a function of the row id ({@link #labelOf}); rows-labels.js computes the
 * same labels, so the harness can check the text that each implementation shows.
 */
public final class RowsBench {

    /** One row of the table. */
    record Row(int id, String label) {
    }

    /**
     * The app state: the rows in display order, the id of the selected row (0 for none)
     * and the id that the next new row gets.
     */
    record Table(List<Row> rows, int selected, int nextId) {
    }

    /** Replaces all rows with 1,000 new ones. */
    record Run() {
    }

    /** Replaces all rows with 10,000 new ones. */
    record RunLots() {
    }

    /** Appends 1,000 new rows. */
    record Add() {
    }

    /** Appends " !!!" to the label of every 10th row, starting with the first. */
    record Update() {
    }

    /** Removes all rows. */
    record Clear() {
    }

    /** Swaps the second and the 999th row, when there are at least 999 rows. */
    record SwapRows() {
    }

    /** Selects the row with this id. */
    record Select(int id) {
    }

    /** Removes the row with this id. */
    record Remove(int id) {
    }

    /** The whole table, the one subscription of the view. */
    record WholeTable() implements Query<Table> {
    }

    /** The props of one {@link #ROW}: everything its tree shows. */
    record RowProps(int id, String label, boolean selected) {
    }

    /** One table row, rendered again only when its props change. */
    static final Component<RowProps> ROW = Component.named("Row", (row, context) -> renderRow(row));

    /** The root component: the toolbar and the table, with one {@link #ROW} per row. */
    static final Component<Table> TABLE = Component.named("Table", (table, context) -> render(table));

    private static final String[] ADJECTIVES = {"quiet", "rapid", "gentle", "brave", "clever", "dusty", "eager",
        "fancy", "humble", "lucky", "proud", "sleepy"};
    private static final String[] COLOURS = {"amber", "cobalt", "coral", "indigo", "ivory", "jade", "olive",
        "plum", "rust", "teal"};
    private static final String[] NOUNS = {"anchor", "bridge", "candle", "garden", "harbour", "lantern", "meadow",
        "pebble", "river", "tower", "window"};

    private RowsBench() {
    }

    public static void main(String[] args) {
        Frame<Table> frame = Frame.create(new Table(new ArrayList<>(), 0, 1), BrowserPlatform.create());
        registerHandlers(frame);
        frame.registerExtractor(WholeTable.class, (Table state, WholeTable query) -> state);
        frame.setErrorHandler(error -> reportError(error.describe()));

        Node container = HTMLDocument.current().getElementById("teaframe");
        View<Table> view = View.mount(frame, new BrowserDom(), container, TABLE, frame.state());
        frame.subscribe(new WholeTable(), table -> {
            view.update(table);
            notifyRendered("teaframe");
        });
    }

    /** Returns the label of row {@code id}; rows-labels.js has the same formula and word lists. */
    static String labelOf(int id) {
        return ADJECTIVES[id % ADJECTIVES.length] + " " + COLOURS[(id * 7) % COLOURS.length] + " "
                + NOUNS[(id * 13) % NOUNS.length];
    }

    private static void registerHandlers(Frame<Table> frame) {
        frame.on(Run.class, (state, event) -> replaceRows(state, 1_000));
        frame.on(RunLots.class, (state, event) -> replaceRows(state, 10_000));
        frame.on(Add.class, (state, event) -> {
            List<Row> rows = new ArrayList<>(state.rows().size() + 1_000);
            rows.addAll(state.rows());
            int nextId = appendNewRows(rows, state.nextId(), 1_000);
            return new Table(rows, state.selected(), nextId);
        });
        frame.on(Update.class, (state, event) -> {
            List<Row> rows = new ArrayList<>(state.rows());
            for (int i = 0; i < rows.size(); i += 10) {
                Row row = rows.get(i);
                rows.set(i, new Row(row.id(), row.label() + " !!!"));
            }
            return new Table(rows, state.selected(), state.nextId());
        });
        frame.on(Clear.class, (state, event) -> new Table(new ArrayList<>(), 0, state.nextId()));
        frame.on(SwapRows.class, (state, event) -> {
            if (state.rows().size() < 999) {
                return state;
            }
            List<Row> rows = new ArrayList<>(state.rows());
            Row second = rows.get(1);
            rows.set(1, rows.get(998));
            rows.set(998, second);
            return new Table(rows, state.selected(), state.nextId());
        });
        frame.on(Select.class, (state, event) -> new Table(state.rows(), event.id(), state.nextId()));
        frame.on(Remove.class, (state, event) -> {
            List<Row> rows = new ArrayList<>(state.rows().size());
            for (Row row : state.rows()) {
                if (row.id() != event.id()) {
                    rows.add(row);
                }
            }
            return new Table(rows, state.selected(), state.nextId());
        });
    }

    private static Table replaceRows(Table state, int count) {
        List<Row> rows = new ArrayList<>(count);
        int nextId = appendNewRows(rows, state.nextId(), count);
        return new Table(rows, 0, nextId);
    }

    /** Appends {@code count} rows with ids from {@code firstId} and returns the id after the last. */
    private static int appendNewRows(List<Row> rows, int firstId, int count) {
        int id = firstId;
        for (int i = 0; i < count; i++) {
            rows.add(new Row(id, labelOf(id)));
            id++;
        }
        return id;
    }

    static VNode render(Table state) {
        List<VNode> rows = new ArrayList<>(state.rows().size());
        for (Row row : state.rows()) {
            RowProps props = new RowProps(row.id(), row.label(), row.id() == state.selected());
            rows.add(component(ROW, props, row.id()));
        }
        return div(cls("bench"),
                div(cls("toolbar"),
                        actionButton("run", "Create 1,000 rows", new Run()),
                        actionButton("runlots", "Create 10,000 rows", new RunLots()),
                        actionButton("add", "Append 1,000 rows", new Add()),
                        actionButton("update", "Update every 10th row", new Update()),
                        actionButton("clear", "Clear", new Clear()),
                        actionButton("swaprows", "Swap rows", new SwapRows())),
                table(cls("table"), tbody(children(rows))));
    }

    private static VNode actionButton(String action, String label, Object event) {
        return button(type("button"), attr("data-action", action), on(EventType.CLICK, event), text(label));
    }

    private static VNode renderRow(RowProps row) {
        return tr(classIf("danger", row.selected()),
                td(cls("col-md-1"), text(Integer.toString(row.id()))),
                td(cls("col-md-4"), a(cls("lbl"), on(EventType.CLICK, new Select(row.id())), text(row.label()))),
                td(cls("col-md-1"), a(cls("remove"), on(EventType.CLICK, new Remove(row.id())),
                        span(cls("remove-icon"), attr("aria-hidden", "true")))),
                td(cls("col-md-6")));
    }

    @JSBody(params = "implementation", script = "var hook = window.benchRendered; if (hook) hook(implementation);")
    private static native void notifyRendered(String implementation);

    @JSBody(params = "message", script = "var hook = window.benchError; if (hook) hook('teaframe', message);")
    private static native void reportError(String message);
}
