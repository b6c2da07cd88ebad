package io.teaframe.e2e.scenarios;

import org.teavm.jso.dom.html.HTMLDocument;

/** Entry point of scenarios.html: runs {@link AllScenarios#list()} and writes the results into the page. */
public final class ScenarioMain {

    private ScenarioMain() {
    }

    public static void main(String[] args) {
        new ScenarioRunner(HTMLDocument.current(), AllScenarios.list()).start();
    }
}
