package io.teaframe.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the operations of js-framework-benchmark (create, replace, update, select, swap,
 * remove, create many, append, clear) in teaframe, hand-written vanilla JavaScript and
 * Preact, in one page of headless Chromium (rows.html, driven by rows-harness.js).
 *
 * <p>The page checks the DOM after every measurement and stops at the first wrong
 * result. This runner reads the measurements, prints the median milliseconds per
 * operation and implementation, the ratios teaframe/vanilla and teaframe/Preact with their
 * geometric means, and the size of each implementation's JavaScript, and writes them to
 * target/benchmarks/row-operations.txt. It fails when the page reports an error or a
 * measurement is missing, never because of a slow number.
 *
 * <p>Run it with {@code mvn -B -Pbenchmarks -pl e2e -am verify}. The system properties
 * {@code bench.rows.warmups} and {@code bench.rows.runs} change the warm-up and measured
 * rounds per operation and implementation.
 */
@Tag("benchmark")
class RowOperationsBenchmark {

    private static final int DEFAULT_WARMUPS = 2;
    private static final int DEFAULT_RUNS = 7;
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(5);

    private static final List<String> IMPLEMENTATIONS = List.of("teaframe", "vanilla", "preact");

    /** The JavaScript files of each implementation, relative to the pages directory, for the size table. */
    private static final Map<String, List<String>> FILES = new LinkedHashMap<>();

    static {
        FILES.put("teaframe", List.of("rows-bench.js"));
        FILES.put("vanilla", List.of("rows-vanilla.js", "rows-labels.js"));
        FILES.put("preact", List.of("node_modules/preact/dist/preact.mjs", "rows-preact.js", "rows-labels.js"));
    }

    /**
     * One measurement as the page reported it: the ms from the click to the next paint
     * ({@code millis}) and to the forced layout ({@code layoutMillis}).
     */
    record Measurement(String implementation, String operation, int round, boolean warmup, double millis,
            double layoutMillis) {
    }

    /** The two times of each measurement, the time to the next paint first. */
    private enum Timing {
        PAINT("to next paint", Measurement::millis),
        LAYOUT("to forced layout", Measurement::layoutMillis);

        final String label;
        final ToDoubleFunction<Measurement> millis;

        Timing(String label, ToDoubleFunction<Measurement> millis) {
            this.label = label;
            this.millis = millis;
        }
    }

    @Test
    void teaframeAgainstVanillaAndPreact() throws Exception {
        int warmups = BenchSettings.positiveInt("teaframe.bench.rows.warmups", DEFAULT_WARMUPS);
        int runs = BenchSettings.positiveInt("teaframe.bench.rows.runs", DEFAULT_RUNS);

        List<Measurement> measurements;
        String browserVersion;
        boolean isolated;
        long startNanos = System.nanoTime();
        BenchServer server = BenchServer.start(BenchSettings.pagesDirectory(), BenchSettings.nodeModulesDirectory(),
                true);
        try {
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                driver.get(server.baseUrl() + "rows.html?warmups=" + warmups + "&runs=" + runs);
                new WebDriverWait(driver, PAGE_TIMEOUT)
                        .withMessage(() -> "rows.html did not set data-done within " + PAGE_TIMEOUT)
                        .until(browser -> "true".equals(
                                browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
                String pageError = driver.findElement(By.tagName("body")).getDomAttribute("data-error");
                assertNull(pageError, "rows.html failed");
                isolated = "true".equals(
                        driver.findElement(By.tagName("body")).getDomAttribute("data-cross-origin-isolated"));
                measurements = readMeasurements(driver);
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }
        double pageSeconds = (System.nanoTime() - startNanos) / 1e9;

        List<String> operations = measurements.stream().map(Measurement::operation).distinct().toList();
        assertEquals(9, operations.size(), "operations measured: " + operations);
        for (String operation : operations) {
            for (String implementation : IMPLEMENTATIONS) {
                assertEquals(runs, measured(measurements, implementation, operation, Timing.PAINT).size(),
                        () -> "measured rounds of " + implementation + ", " + operation);
            }
        }

        String report = report(warmups, runs, browserVersion, isolated, pageSeconds, operations, measurements);
        System.out.println(report);
        Path file = BenchSettings.writeResult("row-operations.txt", report);
        System.out.println("Written to " + file);
    }

    private static List<Measurement> readMeasurements(ChromeDriver driver) {
        Object raw = driver.executeScript("return window.rowsBenchResults;");
        if (!(raw instanceof List<?> entries) || entries.isEmpty()) {
            throw new AssertionError("rows.html reported no measurements, window.rowsBenchResults is " + raw);
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Object entry : entries) {
            Map<?, ?> fields = (Map<?, ?>) entry;
            measurements.add(new Measurement(
                    (String) fields.get("implementation"),
                    (String) fields.get("operation"),
                    ((Number) fields.get("round")).intValue(),
                    (Boolean) fields.get("warmup"),
                    ((Number) fields.get("millis")).doubleValue(),
                    ((Number) fields.get("layoutMillis")).doubleValue()));
        }
        return measurements;
    }

    private static List<Double> measured(List<Measurement> all, String implementation, String operation,
            Timing timing) {
        return all.stream()
                .filter(m -> !m.warmup() && m.implementation().equals(implementation) && m.operation().equals(operation))
                .map(m -> timing.millis.applyAsDouble(m))
                .toList();
    }

    private static String report(int warmups, int runs, String browserVersion, boolean isolated, double pageSeconds,
            List<String> operations, List<Measurement> measurements) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("Row operations: teaframe against vanilla JavaScript and Preact ").append(preactVersion())
                .append('\n');
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("browser: ").append(browserVersion).append(" headless; processors: ")
                .append(Runtime.getRuntime().availableProcessors()).append("; cross-origin isolated: ")
                .append(isolated).append('\n');
        text.append("rounds per operation and implementation: ").append(warmups).append(" warm-up, ").append(runs)
                .append(" measured; page run took ").append(String.format(Locale.ROOT, "%.1f", pageSeconds))
                .append(" s\n");
        text.append("time to next paint: from the click until a MessageChannel message, posted in the"
                + " next requestAnimationFrame callback after the update, arrives after that frame\n");
        text.append("time to forced layout: from the click until the DOM is updated and"
                + " document.body.offsetHeight has forced style and layout, without painting\n");
        for (Timing timing : Timing.values()) {
            appendTimes(text, timing, operations, measurements);
        }

        text.append("\nJavaScript size of each implementation (the harness excluded; gzip from"
                + " java.util.zip.GZIPOutputStream at its default level):\n");
        for (Map.Entry<String, List<String>> entry : FILES.entrySet()) {
            long raw = 0;
            long gzip = 0;
            for (String name : entry.getValue()) {
                Path file = resolveServed(name);
                raw += Files.size(file);
                gzip += gzipSize(file);
            }
            text.append(String.format(Locale.ROOT, "%-9s %9d bytes, %8d gzipped: %s%n", entry.getKey(), raw, gzip,
                    String.join(" + ", entry.getValue())));
        }
        text.append("rows-bench.js is TeaVM output (ADVANCED, minified); preact.mjs is Preact's minified build;"
                + " rows-vanilla.js, rows-preact.js and rows-labels.js are hand-written and not minified.\n");
        return text.toString();
    }

    /**
     * Appends the medians of one timing with the ratios and their geometric means, and
     * the fastest and slowest round of each operation.
     */
    private static void appendTimes(StringBuilder text, Timing timing, List<String> operations,
            List<Measurement> measurements) {
        text.append("\nTime ").append(timing.label).append(":\n");
        text.append(String.format(Locale.ROOT, "%-22s %13s %13s %13s %14s %14s%n", "operation (median ms)",
                "teaframe", "vanilla", "preact", "tea/vanilla", "tea/preact"));
        double logSumVanilla = 0;
        double logSumPreact = 0;
        for (String operation : operations) {
            double teaframe = DispatchThroughputBenchmark.median(measured(measurements, "teaframe", operation, timing));
            double vanilla = DispatchThroughputBenchmark.median(measured(measurements, "vanilla", operation, timing));
            double preact = DispatchThroughputBenchmark.median(measured(measurements, "preact", operation, timing));
            logSumVanilla += Math.log(teaframe / vanilla);
            logSumPreact += Math.log(teaframe / preact);
            text.append(String.format(Locale.ROOT, "%-22s %13.2f %13.2f %13.2f %14.2f %14.2f%n", operation, teaframe,
                    vanilla, preact, teaframe / vanilla, teaframe / preact));
        }
        double geometricVanilla = Math.exp(logSumVanilla / operations.size());
        double geometricPreact = Math.exp(logSumPreact / operations.size());
        text.append(String.format(Locale.ROOT, "%-22s %13s %13s %13s %14.2f %14.2f%n", "geometric mean", "", "", "",
                geometricVanilla, geometricPreact));
        text.append("goal ").append(timing.label).append(", geometric mean teaframe/vanilla at most 1.3: ")
                .append(geometricVanilla <= 1.3 ? "met" : "not met").append('\n');
        text.append("goal ").append(timing.label)
                .append(", faster than Preact (geometric mean teaframe/preact below 1): ")
                .append(geometricPreact < 1.0 ? "met" : "not met").append('\n');

        text.append("measured times per round (ms) ").append(timing.label).append(", min and max:\n");
        for (String operation : operations) {
            text.append(String.format(Locale.ROOT, "%-22s", operation));
            for (String implementation : IMPLEMENTATIONS) {
                List<Double> times = measured(measurements, implementation, operation, timing);
                text.append(String.format(Locale.ROOT, "  %s %.2f to %.2f", implementation,
                        times.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        times.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
            }
            text.append('\n');
        }
    }

    /** Returns the file behind a served path: node_modules/... or a file of the pages directory. */
    private static Path resolveServed(String name) {
        String prefix = "node_modules/";
        if (name.startsWith(prefix)) {
            return BenchSettings.nodeModulesDirectory().resolve(name.substring(prefix.length()));
        }
        return BenchSettings.pagesDirectory().resolve(name);
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(Files.readAllBytes(file));
        }
        return compressed.size();
    }

    /** Returns the version in node_modules/preact/package.json, as npm ci installed it. */
    private static String preactVersion() throws IOException {
        Path packageJson = BenchSettings.nodeModulesDirectory().resolve("preact/package.json");
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(packageJson));
        return version.find() ? version.group(1) : "(version not found in " + packageJson + ")";
    }
}
