package io.teaframe.e2e.bench;

import io.teaframe.e2e.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Starts Debian's headless Chromium for a benchmark, through {@link HeadlessChromium}.
 * Unlike ChromiumBrowserTest, a missing browser fails the benchmark instead of skipping
 * it, because a benchmark run without numbers must not look like a success.
 */
final class BenchBrowser {

    private BenchBrowser() {
    }

    static ChromeDriver start() {
        String missing = HeadlessChromium.missing();
        if (missing != null) {
            throw new IllegalStateException(missing + " to run the benchmarks");
        }
        return HeadlessChromium.start();
    }

    /** Returns the browser name and version that the driver reports, such as "chrome 156.0.8078.114". */
    static String describe(ChromeDriver driver) {
        return driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion();
    }
}
