package io.teaframe.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.teaframe.e2e.server.SocketTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures how many WebSocket messages per second teaframe turns into state updates,
 * compared with a raw {@code WebSocket} loop, in one page of headless Chromium
 * (sockets.html), against the test server's {@code /ws-test} endpoint on 127.0.0.1.
 *
 * <p>The runner prints the median messages per second of each side and their ratio, and
 * writes them to target/benchmarks/socket-throughput.txt. It fails only when a round
 * reports an error, counts the wrong number of messages or the two sides disagree on a
 * checksum, never because of a slow number. {@code bench.socket.messages} and
 * {@code bench.socket.rounds} change the messages per round and the measured rounds.
 */
@Tag("benchmark")
class SocketThroughputBenchmark {

    private static final int DEFAULT_MESSAGES = 50_000;
    private static final int DEFAULT_ROUNDS = 5;
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(5);

    /** One round as the page reported it. */
    record Round(String side, int round, int messages, double totalMillis, int handled, int checksum,
            String error) {

        double messagesPerSecond() {
            return messages / (totalMillis / 1000.0);
        }
    }

    @Test
    void teaframeAgainstRawWebSocket() throws Exception {
        int messages = BenchSettings.positiveInt("teaframe.bench.socket.messages", DEFAULT_MESSAGES);
        int rounds = BenchSettings.positiveInt("teaframe.bench.socket.rounds", DEFAULT_ROUNDS);

        Server server = startServer(BenchSettings.pagesDirectory());
        List<Round> measured;
        String browserVersion;
        try {
            String baseUrl = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/";
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                measured = runPage(driver, baseUrl + "sockets.html?messages=" + messages + "&rounds=" + rounds);
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }

        for (Round round : measured) {
            assertNull(round.error(), () -> round.side() + " round " + round.round() + " failed");
            assertEquals(messages, round.handled(), () -> round.side() + " round " + round.round()
                    + ": messages counted in the state");
        }
        assertSameChecksums(measured);

        List<Round> teaframe = measuredRounds(measured, "teaframe");
        List<Round> raw = measuredRounds(measured, "raw");
        assertEquals(rounds, teaframe.size(), "measured teaframe rounds");
        assertEquals(rounds, raw.size(), "measured raw rounds");

        String report = report(messages, rounds, browserVersion, teaframe, raw);
        System.out.println(report);
        Path file = BenchSettings.writeResult("socket-throughput.txt", report);
        System.out.println("Written to " + file);
    }

    /** Starts Jetty on a free port of 127.0.0.1 with the pages at / and the socket test server. */
    private static Server startServer(Path pagesDirectory) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);

        ResourceHandler files = new ResourceHandler();
        files.setDirAllowed(false);
        files.setCacheControl("no-cache");
        ContextHandler pages = new ContextHandler(files, "/");
        pages.setBaseResourceAsPath(pagesDirectory);

        SocketTestServer sockets = new SocketTestServer();
        server.setHandler(new ContextHandlerCollection(sockets.socketContext(server), sockets.controlContext(), pages));
        server.start();
        return server;
    }

    private static List<Round> runPage(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, PAGE_TIMEOUT)
                .withMessage(() -> "sockets.html did not set data-done within " + PAGE_TIMEOUT)
                .until(browser -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
        String pageError = driver.findElement(By.tagName("body")).getDomAttribute("data-error");
        assertNull(pageError, "sockets.html failed");

        List<Round> rounds = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#rounds tr[data-side]"))) {
            rounds.add(new Round(
                    row.getDomAttribute("data-side"),
                    Integer.parseInt(row.getDomAttribute("data-round")),
                    Integer.parseInt(row.getDomAttribute("data-messages")),
                    Double.parseDouble(row.getDomAttribute("data-total-millis")),
                    Integer.parseInt(row.getDomAttribute("data-handled")),
                    Integer.parseInt(row.getDomAttribute("data-checksum")),
                    row.getDomAttribute("data-error")));
        }
        assertFalse(rounds.isEmpty(), "sockets.html reported no rounds");
        return rounds;
    }

    /** Checks that both sides report the same checksum for each round, so both handled the same frames. */
    private static void assertSameChecksums(List<Round> rounds) {
        for (Round teaframe : rounds) {
            if (!teaframe.side().equals("teaframe")) {
                continue;
            }
            Round raw = rounds.stream()
                    .filter(round -> round.side().equals("raw") && round.round() == teaframe.round())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no raw round " + teaframe.round()));
            assertEquals(teaframe.checksum(), raw.checksum(), () -> "checksum of round " + teaframe.round());
        }
    }

    private static List<Round> measuredRounds(List<Round> all, String side) {
        return all.stream().filter(round -> round.side().equals(side) && round.round() > 0).toList();
    }

    private static String report(int messages, int rounds, String browserVersion, List<Round> teaframe,
            List<Round> raw) {
        double teaframeMedian = DispatchThroughputBenchmark.median(perSecond(teaframe));
        double rawMedian = DispatchThroughputBenchmark.median(perSecond(raw));
        double ratio = teaframeMedian / rawMedian;

        StringBuilder text = new StringBuilder();
        text.append("Socket throughput: teaframe Sockets against a raw WebSocket loop\n");
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("browser: ").append(browserVersion).append(" headless; processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append('\n');
        text.append("messages per round: ").append(messages).append("; measured rounds per side: ").append(rounds)
                .append(", after one warm-up round each\n\n");
        text.append(String.format(Locale.ROOT, "%-9s %18s %18s %18s%n", "side", "median messages/s",
                "min messages/s", "max messages/s"));
        appendSummary(text, "teaframe", teaframe);
        appendSummary(text, "raw", raw);
        text.append(String.format(Locale.ROOT, "%nratio teaframe/raw (median messages/s): %.3f%n", ratio));
        text.append("goal, at least 0.7 of the raw loop: ").append(ratio >= 0.7 ? "met" : "not met").append("\n\n");
        text.append("milliseconds from the first frame's arrival until the state counted the last, per round:\n");
        appendRoundTimes(text, "teaframe", teaframe);
        appendRoundTimes(text, "raw", raw);
        return text.toString();
    }

    private static void appendSummary(StringBuilder text, String side, List<Round> rounds) {
        List<Double> rates = perSecond(rounds);
        text.append(String.format(Locale.ROOT, "%-9s %18.0f %18.0f %18.0f%n", side,
                DispatchThroughputBenchmark.median(rates),
                rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }

    private static void appendRoundTimes(StringBuilder text, String side, List<Round> rounds) {
        text.append(String.format(Locale.ROOT, "%-9s", side));
        for (Round round : rounds) {
            text.append(String.format(Locale.ROOT, " %8.1f", round.totalMillis()));
        }
        text.append('\n');
    }

    private static List<Double> perSecond(List<Round> rounds) {
        return rounds.stream().map(Round::messagesPerSecond).toList();
    }
}
