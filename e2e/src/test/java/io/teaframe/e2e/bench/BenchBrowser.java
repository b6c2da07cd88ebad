package io.teaframe.e2e.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Selenium with the options of
 * ChromiumBrowserTest. Unlike that test, a missing browser fails the benchmark instead of
 * skipping it, because a benchmark run without numbers must not look like a success.
 */
final class BenchBrowser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BenchBrowser() {
    }

    static ChromeDriver start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic");
        return new ChromeDriver(service, options);
    }

    /** Returns the browser name and version that the driver reports, such as "chrome 156.0.8078.114". */
    static String describe(ChromeDriver driver) {
        return driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion();
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " not found: install the Debian package " + debianPackage
                    + " (apt-get install -y chromium chromium-driver) to run the benchmarks");
        }
    }
}
