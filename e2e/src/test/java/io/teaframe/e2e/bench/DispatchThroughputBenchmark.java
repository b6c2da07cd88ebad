package io.teaframe.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures how many events per second teaframe handles compared with Redux, in one page
 * of headless Chromium (dispatch.html).
 *
 * <p>The page alternates teaframe and Redux rounds: warm-up rounds first, which let the
 * JavaScript engine finish compiling both libraries' code, then measured rounds. This runner reads the rounds from the page, prints the median events per
 * second of each library and their ratio, and writes them to
 * target/benchmarks/dispatch-throughput.txt. It fails only when a round reports an
 * error or the two libraries disagree on a round's checksum, never because of a slow
 * number.
 *
 * <p>Run it with {@code mvn -B -Pbenchmarks -pl e2e -am verify}. The system properties
 * {@code bench.events}, {@code bench.warmups} and {@code bench.rounds} change the events
 * per round and the warm-up and measured rounds per library.
 */
@Tag("benchmark")
class DispatchThroughputBenchmark {

    private static final int DEFAULT_EVENTS = 100_000;
    private static final int DEFAULT_WARMUPS = 5;
    private static final int DEFAULT_ROUNDS = 10;
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(10);

    /** One round as the page reported it. */
    record Round(String library, int round, int events, double dispatchMillis, double totalMillis, int handled,
            int checksum, String error) {

        double eventsPerSecond() {
            return events / (totalMillis / 1000.0);
        }
    }

    @Test
    void teaframeAgainstRedux() throws Exception {
        int events = BenchSettings.positiveInt("teaframe.bench.events", DEFAULT_EVENTS);
        int warmups = BenchSettings.positiveInt("teaframe.bench.warmups", DEFAULT_WARMUPS);
        int rounds = BenchSettings.positiveInt("teaframe.bench.rounds", DEFAULT_ROUNDS);

        List<Round> measured;
        String browserVersion;
        BenchServer server = BenchServer.start(BenchSettings.pagesDirectory(), BenchSettings.nodeModulesDirectory());
        try {
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                measured = runPage(driver, server.baseUrl() + "dispatch.html?events=" + events + "&warmups=" + warmups
                        + "&rounds=" + rounds);
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }

        for (Round round : measured) {
            assertNull(round.error(), () -> round.library() + " round " + round.round() + " failed");
            assertEquals(events, round.handled(), () -> round.library() + " round " + round.round()
                    + ": events counted by the first interceptor or middleware");
        }
        assertSameChecksums(measured);

        List<Round> teaframe = measuredRounds(measured, "teaframe");
        List<Round> redux = measuredRounds(measured, "redux");
        assertEquals(rounds, teaframe.size(), "measured teaframe rounds");
        assertEquals(rounds, redux.size(), "measured Redux rounds");

        String report = report(events, warmups, rounds, browserVersion, teaframe, redux);
        System.out.println(report);
        Path file = BenchSettings.writeResult("dispatch-throughput.txt", report);
        System.out.println("Written to " + file);
    }

    private static List<Round> runPage(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, PAGE_TIMEOUT)
                .withMessage(() -> "dispatch.html did not set data-done within " + PAGE_TIMEOUT)
                .until(browser -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
        String pageError = driver.findElement(By.tagName("body")).getDomAttribute("data-error");
        assertNull(pageError, "dispatch.html failed");

        List<Round> rounds = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#rounds tr[data-library]"))) {
            rounds.add(new Round(
                    row.getDomAttribute("data-library"),
                    Integer.parseInt(row.getDomAttribute("data-round")),
                    Integer.parseInt(row.getDomAttribute("data-events")),
                    Double.parseDouble(row.getDomAttribute("data-dispatch-millis")),
                    Double.parseDouble(row.getDomAttribute("data-total-millis")),
                    Integer.parseInt(row.getDomAttribute("data-handled")),
                    Integer.parseInt(row.getDomAttribute("data-checksum")),
                    row.getDomAttribute("data-error")));
        }
        assertFalse(rounds.isEmpty(), "dispatch.html reported no rounds");
        return rounds;
    }

    /**
     * Checks that teaframe and Redux report the same checksum for each round number, so
     * both sides did the same work. Both keep their state across rounds, so the
     * checksums of different rounds differ.
     */
    private static void assertSameChecksums(List<Round> rounds) {
        for (Round teaframe : rounds) {
            if (!teaframe.library().equals("teaframe")) {
                continue;
            }
            Round redux = rounds.stream()
                    .filter(round -> round.library().equals("redux") && round.round() == teaframe.round())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Redux round " + teaframe.round()));
            assertEquals(teaframe.checksum(), redux.checksum(), () -> "checksum of round " + teaframe.round()
                    + ": teaframe and Redux did not do the same work");
        }
    }

    /** Returns the rounds of {@code library} after its warm-up rounds, which have numbers up to 0. */
    private static List<Round> measuredRounds(List<Round> all, String library) {
        return all.stream().filter(round -> round.library().equals(library) && round.round() > 0).toList();
    }

    private static String report(int events, int warmups, int rounds, String browserVersion, List<Round> teaframe,
            List<Round> redux) throws Exception {
        double teaframeMedian = median(eventsPerSecond(teaframe));
        double reduxMedian = median(eventsPerSecond(redux));
        double ratio = teaframeMedian / reduxMedian;

        StringBuilder text = new StringBuilder();
        text.append("Dispatch throughput: teaframe against Redux ").append(reduxVersion()).append('\n');
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("browser: ").append(browserVersion).append(" headless; processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append('\n');
        text.append("events per round: ").append(events).append("; measured rounds per library: ").append(rounds)
                .append(", after ").append(warmups).append(" warm-up rounds each\n\n");

        text.append(String.format(Locale.ROOT, "%-9s %16s %16s %16s %22s%n", "library", "median events/s",
                "min events/s", "max events/s", "median dispatch loop"));
        appendSummary(text, "teaframe", teaframe);
        appendSummary(text, "redux", redux);
        text.append(String.format(Locale.ROOT, "%nratio teaframe/redux (median events/s): %.3f%n", ratio));
        text.append("goal, at least Redux's throughput: ").append(ratio >= 1.0 ? "met" : "not met").append("\n\n");

        text.append("milliseconds from the first dispatch until the last event was handled, per round:\n");
        appendRoundTimes(text, "teaframe", teaframe);
        appendRoundTimes(text, "redux", redux);
        return text.toString();
    }

    private static void appendSummary(StringBuilder text, String library, List<Round> rounds) {
        List<Double> rates = eventsPerSecond(rounds);
        List<Double> dispatchMillis = rounds.stream().map(Round::dispatchMillis).toList();
        text.append(String.format(Locale.ROOT, "%-9s %16.0f %16.0f %16.0f %19.1f ms%n", library, median(rates),
                rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                median(dispatchMillis)));
    }

    private static void appendRoundTimes(StringBuilder text, String library, List<Round> rounds) {
        text.append(String.format(Locale.ROOT, "%-9s", library));
        for (Round round : rounds) {
            text.append(String.format(Locale.ROOT, " %8.1f", round.totalMillis()));
        }
        text.append('\n');
    }

    private static List<Double> eventsPerSecond(List<Round> rounds) {
        return rounds.stream().map(Round::eventsPerSecond).toList();
    }

    /** Returns the median, which for an even count is the mean of the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Returns the version in node_modules/redux/package.json, as npm ci installed it. */
    private static String reduxVersion() throws Exception {
        Path packageJson = BenchSettings.nodeModulesDirectory().resolve("redux/package.json");
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(packageJson));
        return version.find() ? version.group(1) : "(version not found in " + packageJson + ")";
    }
}
