package io.teaframe.e2e.bench;

import io.teaframe.Frame;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.sub.Query;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The smallest useful teaframe app, compiled only to measure its size: a counter whose
 * button dispatches an event and whose subscription listener writes the count into the
 * page (minimal-app.html).
 */
public final class MinimalApp {

    record Counter(int count) {
    }

    record Increment() {
    }

    record Count() implements Query<Integer> {
    }

    private MinimalApp() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement output = document.getElementById("count");

        Frame<Counter> frame = Frame.create(new Counter(0), BrowserPlatform.create());
        frame.on(Increment.class, (state, event) -> new Counter(state.count() + 1));
        frame.registerExtractor(Count.class, (Counter state, Count query) -> state.count());
        frame.subscribe(new Count(), count -> output.setTextContent(Integer.toString(count)));

        document.getElementById("increment").onClick(event -> frame.dispatch(new Increment()));
    }
}
