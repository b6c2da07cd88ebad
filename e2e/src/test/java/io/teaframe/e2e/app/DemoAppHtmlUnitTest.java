package io.teaframe.e2e.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.teaframe.e2e.server.DevServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.htmlunit.javascript.host.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fast subset of the demo's end-to-end tests in HtmlUnit, which needs no browser
 * installed: the first page of users, paging, and a name with an XSS payload shown as
 * text. {@link DemoAppTest} covers every feature in Chromium.
 */
class DemoAppHtmlUnitTest {

    private static final long WAIT_MILLIS = 10_000;

    /** The pause between two animation frames of the wait loop, in milliseconds. */
    private static final int FRAME_INTERVAL_MILLIS = 16;

    private static Path databaseFolder;
    private static DevServer server;
    private static DemoApi api;

    private WebClient client;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        databaseFolder = Files.createTempDirectory("teaframe-demo-db");
        server = DevServer.start(0, Path.of(System.getProperty("teaframe.site.dir")),
                Path.of(System.getProperty("teaframe.scenarios.dir")), databaseFolder);
        api = new DemoApi(server.baseUrl());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (databaseFolder != null) {
            try (Stream<Path> files = Files.walk(databaseFolder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @BeforeEach
    void resetServerAndClient() throws Exception {
        api.resetFaults();
        api.resetData();
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

    @Test
    void firstPageAndPaging() throws Exception {
        HtmlPage page = open();

        assertEquals("Page 1 of 50", text(page, "page-info"));
        page.getElementById("page-next").click();
        waitUntil(page, "page 2", current -> text(current, "page-info").equals("Page 2 of 50")
                && rows(current).size() == 20);
        assertEquals(List.of(), scriptErrors);
    }

    @Test
    void xssNameIsShownAsText() throws Exception {
        String payload = "<img src=x onerror=\"window.xssRan=true\">Mallory";
        HtmlPage first = open();
        String id = rows(first).get(3).getAttribute("data-id");
        api.rename(Long.parseLong(id), payload);

        HtmlPage page = open();
        List<DomNode> names = page.querySelectorAll("#users-rows tr.user-row[data-id='" + id + "'] .user-name");

        assertEquals(1, names.size(), "name cells of row " + id + " on the first page");
        assertEquals(payload, names.get(0).getTextContent());
        assertTrue(page.querySelectorAll("#app img").isEmpty(), "an img element was created");
        assertEquals("undefined", String.valueOf(page.executeJavaScript("typeof window.xssRan").getJavaScriptResult()));
        assertEquals(List.of(), scriptErrors);
    }

    private HtmlPage open() throws Exception {
        HtmlPage page = client.getPage(server.baseUrl());
        waitUntil(page, "the first page of users", current -> rows(current).size() == 20);
        return page;
    }

    private static List<DomElement> rows(HtmlPage page) {
        List<DomElement> rows = new ArrayList<>();
        for (DomNode node : page.querySelectorAll("#users-rows tr.user-row")) {
            rows.add((DomElement) node);
        }
        return rows;
    }

    private static String text(HtmlPage page, String id) {
        DomElement element = page.getElementById(id);
        return element == null ? "" : element.getTextContent();
    }

    /** Runs animation frames until {@code condition} holds, or fails after {@link #WAIT_MILLIS}. */
    private void waitUntil(HtmlPage page, String description, Predicate<HtmlPage> condition) throws Exception {
        Window window = (Window) page.getEnclosingWindow().getScriptableObject();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.test(page)) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + description + "; script errors: " + scriptErrors);
            }
            window.animateAnimationsFrames();
            Thread.sleep(FRAME_INTERVAL_MILLIS);
        }
    }
}
