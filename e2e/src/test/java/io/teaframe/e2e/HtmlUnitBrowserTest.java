package io.teaframe.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import io.teaframe.e2e.server.DevServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.htmlunit.javascript.host.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the browser scenarios and the demo page in HtmlUnit with JavaScript enabled.
 *
 * <p>HtmlUnit has no rendering loop: it queues {@code requestAnimationFrame} callbacks
 * until the test calls {@code animateAnimationsFrames()}. The wait loop below calls it
 * about every {@value #FRAME_INTERVAL_MILLIS} ms, as a browser would.
 */
class HtmlUnitBrowserTest {

    /** The pause between two animation frames of the wait loop, in milliseconds. */
    private static final int FRAME_INTERVAL_MILLIS = 16;

    private static DevServer server;
    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = DevServer.startForBuildOutput(0);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void createClient() {
        client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setJavaScriptEnabled(true);
        client.getOptions().setThrowExceptionOnScriptError(true);
        // HtmlUnit has no native fetch; its polyfill implements fetch on XMLHttpRequest.
        client.getOptions().setFetchPolyfillEnabled(true);
        client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, ScriptException exception) {
                scriptErrors.add(exception.getMessage());
            }
        });
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /**
     * Scenarios whose subject HtmlUnit's event loop does not reproduce; Chromium runs them
     * for real. HtmlUnit 5.7 ran a 0 ms timer only after a storm of posted messages had
     * drained, so a timer cannot show there that the router yields. It also delivers the
     * messages that a listener posts as soon as the listener returns, because every
     * script call it makes ends by running its postponed actions, so a frame handles the
     * event inside the {@code click()} or {@code dispatchEvent()} that caused it.
     *
     * <p>HtmlUnit's fetch is a polyfill on its {@code XMLHttpRequest}, which differs from
     * a browser's fetch in three ways that the HTTP scenarios check: it sends a
     * {@code Uint8Array} body as text, with the bytes 128 to 255 replaced by U+FFFD in
     * UTF-8, it delivers a body that
     * the server cut off as a complete response, and with {@code credentials: "omit"}
     * it still sends same-origin cookies. It also runs no timer while a fetch waits for
     * its response, so the effect's timeout and an abort dispatched from a timer take
     * effect only once the response is complete. Its asynchronous requests run one at a
     * time on the page's job queue, so a race between a slow and a fast request goes to
     * whichever was sent first.
     */
    private static final Map<String, String> NOT_MODELLED = Map.of(
            "event storm lets a timer run", "HtmlUnit runs posted messages ahead of due timers",
            "view events handled in a later task",
            "HtmlUnit delivers a message posted by a listener before click() or dispatchEvent() returns",
            "fetch sends a bytes body", "HtmlUnit's fetch polyfill sends the bytes 128 to 255 as U+FFFD in UTF-8",
            "fetch body cut off is a network error",
            "HtmlUnit's fetch polyfill returns a body cut off by the server as a whole response with status 200",
            "fetch credentials modes", "HtmlUnit's fetch polyfill sends same-origin cookies with credentials omit",
            "effect slow headers time out",
            "HtmlUnit ran the 200 ms timeout timer only after the 1,000 ms response had arrived",
            "effect stalled body times out and aborts",
            "HtmlUnit ran the 300 ms timeout timer only after the server cut the body off at 3,000 ms",
            "effect abort by id is ABORTED",
            "HtmlUnit ran the 50 ms timer that dispatches the abort only after the 500 ms response had arrived",
            "race of two fetch requests",
            "HtmlUnit runs one request at a time, so the 2 s response arrived before the fast request was sent");

    @TestFactory
    Stream<DynamicTest> scenarios() throws Exception {
        HtmlPage page = client.getPage(server.baseUrl() + ScenarioResult.PAGE);
        Window window = (Window) page.getEnclosingWindow().getScriptableObject();

        long deadline = System.nanoTime() + ScenarioResult.DONE_TIMEOUT_SECONDS * 1_000_000_000L;
        while (!"true".equals(page.getBody().getAttribute("data-done"))) {
            if (System.nanoTime() > deadline) {
                fail("scenarios.html did not set data-done within " + ScenarioResult.DONE_TIMEOUT_SECONDS
                        + " s; script errors: " + scriptErrors + "; results so far:"
                        + ScenarioResult.summarize(readResults(page)));
            }
            window.animateAnimationsFrames();
            Thread.sleep(FRAME_INTERVAL_MILLIS);
        }
        return ScenarioResult.asTests(readResults(page), NOT_MODELLED);
    }

    private static List<ScenarioResult> readResults(HtmlPage page) {
        List<ScenarioResult> results = new ArrayList<>();
        for (DomElement item : page.querySelectorAll("#results li[data-name]").stream()
                .map(DomElement.class::cast).toList()) {
            results.add(new ScenarioResult(item.getAttribute("data-name"), item.getAttribute("data-status"),
                    item.getTextContent()));
        }
        return results;
    }
}
