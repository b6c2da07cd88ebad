package io.teaframe.e2e.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the minified JavaScript of {@link MinimalApp} beside a TeaVM hello world
 * compiled with the same settings (ADVANCED, minified, not strict), raw and gzipped.
 *
 * <p>Before measuring, it loads both pages in headless Chromium and clicks the minimal
 * app's button, so a size is reported only for output that works. It prints the sizes
 * and writes them to target/benchmarks/minimal-app-size.txt. It never fails because of
 * the size itself. Run it with {@code mvn -B -Pbenchmarks -pl e2e -am verify}.
 */
@Tag("benchmark")
class MinimalAppSizeBenchmark {

    /** The size goal for the minimal app, in bytes: 40 KB, counted as 40 × 1024 bytes. */
    private static final long GOAL_BYTES = 40 * 1024;

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void minimalAppAgainstHelloWorld() throws Exception {
        Path pages = BenchSettings.pagesDirectory();
        Path minimalApp = pages.resolve("minimal-app.js");
        Path helloWorld = pages.resolve("hello-world.js");

        String browserVersion;
        BenchServer server = BenchServer.start(pages, BenchSettings.nodeModulesDirectory());
        try {
            ChromeDriver driver = BenchBrowser.start();
            try {
                browserVersion = BenchBrowser.describe(driver);
                checkHelloWorld(driver, server.baseUrl());
                checkMinimalApp(driver, server.baseUrl());
            } finally {
                driver.quit();
            }
        } finally {
            server.stop();
        }

        StringBuilder text = new StringBuilder();
        text.append("Minified size: teaframe minimal app against a TeaVM hello world\n");
        text.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("TeaVM settings: optimizationLevel ADVANCED, minifying true, strict false; gzip: ")
                .append("java.util.zip.GZIPOutputStream at its default level\n");
        text.append("both pages checked in ").append(browserVersion).append(" headless\n\n");
        text.append(String.format(Locale.ROOT, "%-15s %12s %12s%n", "file", "raw bytes", "gzip bytes"));
        long minimalRaw = Files.size(minimalApp);
        long minimalGzip = gzipSize(minimalApp);
        long helloRaw = Files.size(helloWorld);
        long helloGzip = gzipSize(helloWorld);
        appendRow(text, "minimal-app.js", minimalRaw, minimalGzip);
        appendRow(text, "hello-world.js", helloRaw, helloGzip);
        appendRow(text, "difference", minimalRaw - helloRaw, minimalGzip - helloGzip);
        text.append(String.format(Locale.ROOT, "%ngoal, minimal app at most %d bytes: raw %s, gzip %s%n", GOAL_BYTES,
                minimalRaw <= GOAL_BYTES ? "met" : "not met", minimalGzip <= GOAL_BYTES ? "met" : "not met"));

        String report = text.toString();
        System.out.println(report);
        Path file = BenchSettings.writeResult("minimal-app-size.txt", report);
        System.out.println("Written to " + file);
    }

    private static void checkHelloWorld(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "hello-world.html");
        WebElement greeting = driver.findElement(By.id("greeting"));
        new WebDriverWait(driver, LOAD_TIMEOUT).until(browser -> !greeting.getText().isEmpty());
        assertEquals("Hello, world", greeting.getText(), "hello-world.html text");
    }

    private static void checkMinimalApp(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "minimal-app.html");
        WebElement count = driver.findElement(By.id("count"));
        assertEquals("0", count.getText(), "minimal-app.html count before the click");

        driver.findElement(By.id("increment")).click();

        // The frame handles the event in a later task, so the text changes after the click returns.
        new WebDriverWait(driver, LOAD_TIMEOUT)
                .withMessage("minimal-app.html did not show 1 after one click")
                .until(browser -> "1".equals(count.getText()));
    }

    private static void appendRow(StringBuilder text, String name, long raw, long gzip) {
        text.append(String.format(Locale.ROOT, "%-15s %12d %12d%n", name, raw, gzip));
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(Files.readAllBytes(file));
        }
        return compressed.size();
    }
}
