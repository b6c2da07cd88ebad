package io.teaframe.e2e.scenarios;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Entry point of scenarios.html: runs {@link AllScenarios#list()} and writes the results
 * into the page. With {@code ?suite=socket-fault} it runs only the socket fault scenario,
 * which takes too long for the common list.
 */
public final class ScenarioMain {

    private ScenarioMain() {
    }

    public static void main(String[] args) {
        List<Scenario> scenarios = "?suite=socket-fault".equals(pageQuery())
                ? SocketFaultScenario.list()
                : AllScenarios.list();
        new ScenarioRunner(HTMLDocument.current(), scenarios).start();
    }

    @JSBody(script = "return location.search;")
    private static native String pageQuery();
}
