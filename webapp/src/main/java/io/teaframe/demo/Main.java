package io.teaframe.demo;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.sub.Query;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The demo page: a counter. The button dispatches an event, a handler computes the new
 * state, and a subscription writes the count into the page. Until teaframe has views,
 * the page is built with plain DOM calls.
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

    private Main() {
    }

    public static void main(String[] args) {
        Frame<Counter> frame = Frame.create(new Counter(0), BrowserPlatform.create());
        frame.on(Increment.class, (state, event) -> new Counter(state.count() + event.by()));
        frame.registerExtractor(Count.class, (state, query) -> state.count());

        HTMLDocument document = HTMLDocument.current();
        HTMLElement app = document.getElementById("app");
        app.clear();

        HTMLElement heading = document.createElement("h1");
        heading.setTextContent("teaframe");
        app.appendChild(heading);

        HTMLElement counter = document.createElement("span");
        counter.setId("counter");
        counter.setTextContent(Integer.toString(frame.read(new Count())));
        app.appendChild(counter);

        HTMLElement button = document.createElement("button");
        button.setId("increment");
        button.setTextContent("+1");
        button.onClick(event -> frame.dispatch(new Increment(1)));
        app.appendChild(button);

        frame.subscribe(new Count(), count -> counter.setTextContent(Integer.toString(count)));
    }
}
