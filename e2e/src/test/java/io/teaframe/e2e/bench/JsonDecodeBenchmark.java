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
 * Measures how long teaframe takes to decode a JSON response of about 1 MB into app
 * state (BrowserJson and a mapping into records, JsonDecodeBench) against
 * {@code JSON.parse} alone on the same text, in one page of headless Chromium
 * (json-decode.html).
 *
 * <p>The page is served cross-origin isolated, so {@code performance.now()} is not
 * rounded to 100 microseconds. This runner prints the median milliseconds of each side
 * and their ratio, and writes them to target/benchmarks/json-decode.txt. It fails only
 * when the page reports an error or the two sides disagree on the number of users,
 * never because of a slow number.
 *
 * <p>Run it with {@code mvn -B -Pbenchmarks -pl e2e -am verify}. The system property
 * {@code bench.json.rounds} changes the measured rounds per side.
 */
@Tag("benchmark")
class JsonDecodeBenchmark {

    private static final int DEFAULT_ROUNDS = 31;
    private static final int TEXT_BYTES = 1024 * 1024;
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(5);

    /** The goal: teaframe's decode takes at most this many times {@code JSON.parse} alone. */
    private static final double GOAL_RATIO = 1.2;

    /** One measured round of one side, as the page reported it. */
    record Round(String side, int round, double millis, int users) {
    }

    @Test
    void decodeAgainstJsonParse() throws Exception {
        int rounds = BenchSettings.positiveInt("teaframe.bench.json.rounds", DEFAULT_ROUNDS);

        List<Round> measured = new ArrayList<>();
        String browserVersion;
        String textLength;
        String users;
        BenchServer server = BenchServer.start(BenchSettings.pagesDirectory(), BenchSettings.nodeModulesDirectory(),
                true);
        try {
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                driver.get(server.baseUrl() + "json-decode.html?bytes=" + TEXT_BYTES + "&rounds=" + rounds);
                new WebDriverWait(driver, PAGE_TIMEOUT)
                        .withMessage(() -> "json-decode.html did not set data-done within " + PAGE_TIMEOUT)
                        .until(browser -> "true".equals(
                                browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
                WebElement body = driver.findElement(By.tagName("body"));
                assertNull(body.getDomAttribute("data-error"), "json-decode.html failed");
                textLength = body.getDomAttribute("data-text-length");
                users = body.getDomAttribute("data-users");
                for (WebElement row : driver.findElements(By.cssSelector("#rounds tr[data-side]"))) {
                    measured.add(new Round(row.getDomAttribute("data-side"),
                            Integer.parseInt(row.getDomAttribute("data-round")),
                            Double.parseDouble(row.getDomAttribute("data-millis")),
                            Integer.parseInt(row.getDomAttribute("data-users"))));
                }
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }

        List<Round> teaframe = side(measured, "teaframe");
        List<Round> jsonParse = side(measured, "json-parse");
        assertEquals(rounds, teaframe.size(), "measured teaframe rounds");
        assertEquals(rounds, jsonParse.size(), "measured JSON.parse rounds");
        for (Round round : measured) {
            assertEquals(Integer.parseInt(users), round.users(), () -> round.side() + " round " + round.round()
                    + ": users decoded");
        }

        String report = report(rounds, browserVersion, textLength, users, teaframe, jsonParse);
        System.out.println(report);
        Path file = BenchSettings.writeResult("json-decode.txt", report);
        System.out.println("Written to " + file);
    }

    private static List<Round> side(List<Round> rounds, String side) {
        return rounds.stream().filter(round -> round.side().equals(side)).toList();
    }

    private static String report(int rounds, String browserVersion, String textLength, String users,
            List<Round> teaframe, List<Round> jsonParse) {
        double teaframeMedian = DispatchThroughputBenchmark.median(millis(teaframe));
        double jsonParseMedian = DispatchThroughputBenchmark.median(millis(jsonParse));
        double ratio = teaframeMedian / jsonParseMedian;

        StringBuilder text = new StringBuilder();
        text.append("JSON decoding: BrowserJson and records against JSON.parse alone\n");
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("browser: ").append(browserVersion).append(" headless; processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append('\n');
        text.append("text: ").append(textLength).append(" characters, ").append(users).append(" users; measured rounds")
                .append(" per side: ").append(rounds).append(", after 10 warm-up rounds each\n\n");
        text.append(String.format(Locale.ROOT, "%-10s %12s %12s %12s%n", "side", "median ms", "min ms", "max ms"));
        appendSummary(text, "teaframe", teaframe);
        appendSummary(text, "JSON.parse", jsonParse);
        text.append(String.format(Locale.ROOT, "%nratio teaframe/JSON.parse (median ms): %.3f%n", ratio));
        text.append("goal, at most ").append(GOAL_RATIO).append(": ").append(ratio <= GOAL_RATIO ? "met" : "not met")
                .append('\n');
        return text.toString();
    }

    private static void appendSummary(StringBuilder text, String side, List<Round> rounds) {
        List<Double> values = millis(rounds);
        text.append(String.format(Locale.ROOT, "%-10s %12.3f %12.3f %12.3f%n", side,
                DispatchThroughputBenchmark.median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }

    private static List<Double> millis(List<Round> rounds) {
        return rounds.stream().map(Round::millis).toList();
    }
}
