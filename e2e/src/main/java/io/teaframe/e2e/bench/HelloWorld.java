package io.teaframe.e2e.bench;

import org.teavm.jso.dom.html.HTMLDocument;

/**
 * The size baseline for {@link MinimalApp}: a page compiled with the same TeaVM settings
 * that writes one line of text into the page and uses no teaframe code.
 */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        HTMLDocument.current().getElementById("greeting").setTextContent("Hello, world");
    }
}
