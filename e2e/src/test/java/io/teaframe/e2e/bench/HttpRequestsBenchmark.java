package io.teaframe.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures 1,000 GETs to the local benchmark server through teaframe's HTTP effect
 * (HttpBench: a frame, {@code FetchTransport}, events that update the state) against
 * plain {@code fetch} of the same URLs in the same page (http.html), sent one after
 * another and all at once.
 *
 * <p>Each round runs both sides of a mode back to back, so the ratio of the two times of
 * one round compares them under the same load of the machine. In the sequential modes
 * the two sides take turns in blocks of 100 GETs within the round, and each side's time
 * is the sum of its blocks. This runner prints per
 * mode the median milliseconds of each side, the ratio of those medians, and the median
 * and quartiles of the ratios per round, which the goal is judged on. Two more modes run
 * with a stubbed {@code fetch} that returns at once, and their medians give the work per
 * request on the page's thread. It writes the report to
 * target/benchmarks/http-requests.txt. It fails only when the page reports an error or
 * a round's responses or id sum are wrong, never because of a slow number.
 *
 * <p>Run it with {@code mvn -B -Pbenchmarks -pl e2e -am verify}. The system property
 * {@code bench.http.rounds} changes the measured rounds per mode and side.
 */
@Tag("benchmark")
class HttpRequestsBenchmark {

    private static final int REQUESTS = 1000;

    /** Measured rounds per mode and side: even, so that each side goes first in half of them. */
    private static final int DEFAULT_ROUNDS = 16;

    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(10);

    /** The modes over the network, for which the goal holds, and the ones with a stubbed fetch. */
    private static final String[] NETWORK_MODES = {"sequential", "concurrent"};
    private static final String[] STUBBED_MODES = {"sequential-stubbed", "concurrent-stubbed"};

    /** The goal: the effect takes at most this many times as long as plain fetch. */
    private static final double GOAL_RATIO = 1.05;

    /** One measured round as the page reported it. */
    record Round(String side, String mode, int round, double millis, int loaded, double idSum) {
    }

    @Test
    void effectAgainstFetch() throws Exception {
        int rounds = BenchSettings.positiveInt("teaframe.bench.http.rounds", DEFAULT_ROUNDS);

        List<Round> measured = new ArrayList<>();
        String browserVersion;
        // Cross-origin isolated, so that performance.now() resolves the short blocks of the stubbed modes.
        BenchServer server = BenchServer.start(BenchSettings.pagesDirectory(), BenchSettings.nodeModulesDirectory(),
                true);
        try {
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                driver.get(server.baseUrl() + "http.html?requests=" + REQUESTS + "&rounds=" + rounds);
                new WebDriverWait(driver, PAGE_TIMEOUT)
                        .withMessage(() -> "http.html did not set data-done within " + PAGE_TIMEOUT)
                        .until(browser -> "true".equals(
                                browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
                assertNull(driver.findElement(By.tagName("body")).getDomAttribute("data-error"), "http.html failed");
                for (WebElement row : driver.findElements(By.cssSelector("#rounds tr[data-side]"))) {
                    measured.add(new Round(row.getDomAttribute("data-side"), row.getDomAttribute("data-mode"),
                            Integer.parseInt(row.getDomAttribute("data-round")),
                            Double.parseDouble(row.getDomAttribute("data-millis")),
                            Integer.parseInt(row.getDomAttribute("data-loaded")),
                            Double.parseDouble(row.getDomAttribute("data-id-sum"))));
                }
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }

        double expectedIdSum = REQUESTS * (REQUESTS - 1) / 2.0;
        int modes = NETWORK_MODES.length + STUBBED_MODES.length;
        assertEquals(2 * modes * rounds, measured.size(), "measured rounds of all modes and sides");
        for (Round round : measured) {
            assertEquals(REQUESTS, round.loaded(), () -> round + ": responses");
            assertEquals(expectedIdSum, round.idSum(), () -> round + ": sum of the ids");
        }

        String report = report(rounds, browserVersion, measured);
        System.out.println(report);
        Path file = BenchSettings.writeResult("http-requests.txt", report);
        System.out.println("Written to " + file);
    }

    private static String report(int rounds, String browserVersion, List<Round> measured) {
        StringBuilder text = new StringBuilder();
        text.append("HTTP requests: the HTTP effect against plain fetch\n");
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("browser: ").append(browserVersion).append(" headless; processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append('\n');
        text.append("requests per round: ").append(REQUESTS).append("; measured rounds per mode and side: ")
                .append(rounds).append(", after 2 warm-up rounds each\n\n");
        text.append(String.format(Locale.ROOT, "%-19s %-9s %12s %12s %12s%n", "mode", "side", "median ms", "min ms",
                "max ms"));
        for (String mode : NETWORK_MODES) {
            appendSummary(text, mode, "teaframe", millis(measured, mode, "teaframe"));
            appendSummary(text, mode, "fetch", millis(measured, mode, "fetch"));
        }
        for (String mode : STUBBED_MODES) {
            appendSummary(text, mode, "teaframe", millis(measured, mode, "teaframe"));
            appendSummary(text, mode, "fetch", millis(measured, mode, "fetch"));
        }

        text.append('\n');
        for (String mode : NETWORK_MODES) {
            double ratioOfMedians = DispatchThroughputBenchmark.median(millis(measured, mode, "teaframe"))
                    / DispatchThroughputBenchmark.median(millis(measured, mode, "fetch"));
            List<Double> ratios = roundRatios(measured, mode);
            double median = DispatchThroughputBenchmark.median(ratios);
            text.append(String.format(Locale.ROOT, "%-10s ratio teaframe/fetch: %.3f per round (median; quartiles "
                    + "%.3f and %.3f), %.3f of the medians; goal at most %.2f per round: %s%n", mode, median,
                    quantile(ratios, 0.25), quantile(ratios, 0.75), ratioOfMedians, GOAL_RATIO,
                    median <= GOAL_RATIO ? "met" : "not met"));
        }
        for (String mode : STUBBED_MODES) {
            double teaframe = DispatchThroughputBenchmark.median(millis(measured, mode, "teaframe")) * 1000 / REQUESTS;
            double fetch = DispatchThroughputBenchmark.median(millis(measured, mode, "fetch")) * 1000 / REQUESTS;
            text.append(String.format(Locale.ROOT, "%-18s work per request on the page's thread: teaframe %.1f us, "
                    + "fetch %.1f us, difference %.1f us%n", mode, teaframe, fetch, teaframe - fetch));
        }
        return text.toString();
    }

    private static void appendSummary(StringBuilder text, String mode, String side, List<Double> values) {
        text.append(String.format(Locale.ROOT, "%-19s %-9s %12.2f %12.2f %12.2f%n", mode, side,
                DispatchThroughputBenchmark.median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }

    private static List<Double> millis(List<Round> rounds, String mode, String side) {
        return rounds.stream().filter(round -> round.mode().equals(mode) && round.side().equals(side))
                .map(Round::millis).toList();
    }

    /** Returns, for each round of {@code mode}, teaframe's time divided by fetch's time in the same round. */
    private static List<Double> roundRatios(List<Round> rounds, String mode) {
        List<Double> ratios = new ArrayList<>();
        for (Round teaframe : rounds) {
            if (!teaframe.mode().equals(mode) || !teaframe.side().equals("teaframe")) {
                continue;
            }
            Round fetch = rounds.stream()
                    .filter(round -> round.mode().equals(mode) && round.side().equals("fetch")
                            && round.round() == teaframe.round())
                    .findFirst().orElseThrow(() -> new AssertionError("no fetch round " + teaframe.round() + " of "
                            + mode));
            ratios.add(teaframe.millis() / fetch.millis());
        }
        return ratios;
    }

    /** Returns the {@code fraction} quantile of {@code values}, interpolating between neighbours. */
    static double quantile(List<Double> values, double fraction) {
        List<Double> sorted = values.stream().sorted().toList();
        double position = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }
}
