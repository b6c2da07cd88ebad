package io.teaframe.demo;

import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.component;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.h1;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.sub.Query;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;
import io.teaframe.view.View;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The demo page: a counter. The button dispatches an event, a handler computes the new
 * state, and the component that reads the count renders again in the next animation
 * frame.
 */
public final class Main {

    /** The app state. */
    record Counter(int count) {
    }

    /** The event: add {@code by} to the count. */
    record Increment(int by) {
    }

    /** The query: the current count. */
    record Count() implements Query<Integer> {
    }

    /** The count and its button; renders again whenever the count changes. */
    static final Component<String> COUNTER = Component.named("Counter", (title, ctx) -> div(
            h1(text(title)),
            span(id("counter"), text(Integer.toString(ctx.read(new Count())))),
            button(id("increment"), on(EventType.CLICK, new Increment(1)), text("+1"))));

    private Main() {
    }

    public static void main(String[] args) {
        Frame<Counter> frame = Frame.create(new Counter(0), BrowserPlatform.create());
        frame.on(Increment.class, (state, event) -> new Counter(state.count() + event.by()));
        frame.registerExtractor(Count.class, (state, query) -> state.count());

        HTMLElement app = HTMLDocument.current().getElementById("app");
        app.clear();
        View.mount(frame, new BrowserDom(), app, COUNTER, "teaframe");
    }
}
