package io.teaframe.e2e.scenarios;

import io.teaframe.browser.BrowserJson;
import io.teaframe.json.Json;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.ajax.XMLHttpRequest;

/**
 * The page's view of the test server's WebSocket endpoint: the URL of a tag's sockets,
 * and its HTTP controls (SocketTestServer in the e2e server package lists them).
 */
final class SocketServer {

    private SocketServer() {
    }

    /** Returns the WebSocket URL of {@code tag} on the server that served this page. */
    static String url(String tag) {
        return "ws://" + pageHost() + "/ws-test?tag=" + tag;
    }

    /** Returns the URL of {@code tag} for connections without the envelope, which the server echoes. */
    static String rawUrl(String tag) {
        return url(tag) + "&raw=true";
    }

    /**
     * Sends the control {@code operation} for {@code tag}, with {@code parameters} already
     * encoded ({@code "code=1008&reason=x"} or ""), and passes the tag's counters to
     * {@code then}. A failed request fails the scenario.
     */
    static void control(Outcome outcome, String tag, String operation, String parameters, Consumer<Json> then) {
        XMLHttpRequest request = new XMLHttpRequest();
        String query = "?tag=" + tag + (parameters.isEmpty() ? "" : "&" + parameters);
        request.open("GET", "/ws-control/" + operation + query);
        request.setOnReadyStateChange(() -> {
            if (request.getReadyState() != XMLHttpRequest.DONE) {
                return;
            }
            if (request.getStatus() != 200) {
                outcome.fail("control " + operation + " failed with HTTP " + request.getStatus() + ": "
                        + request.getResponseText());
                return;
            }
            outcome.guard(() -> then.accept(BrowserJson.PARSER.parse(request.getResponseText()))).run();
        });
        request.send();
    }

    /** Sends the control {@code operation} and then runs {@code then}. */
    static void control(Outcome outcome, String tag, String operation, String parameters, Runnable then) {
        control(outcome, tag, operation, parameters, stats -> then.run());
    }

    @JSBody(script = "return location.host;")
    private static native String pageHost();
}
