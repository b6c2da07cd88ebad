package io.teaframe.demo;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The demo page: a heading and a counter with a button that increments it. A placeholder
 * written with plain DOM calls until the teaframe counter app replaces it.
 */
public final class Main {

    private static int count;

    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement app = document.getElementById("app");
        app.clear();

        HTMLElement heading = document.createElement("h1");
        heading.setTextContent("teaframe");
        app.appendChild(heading);

        HTMLElement counter = document.createElement("span");
        counter.setId("counter");
        counter.setTextContent("0");
        app.appendChild(counter);

        HTMLElement button = document.createElement("button");
        button.setId("increment");
        button.setTextContent("+1");
        button.onClick(event -> {
            count++;
            counter.setTextContent(Integer.toString(count));
        });
        app.appendChild(button);
    }
}
