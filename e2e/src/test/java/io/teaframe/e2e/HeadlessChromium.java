package io.teaframe.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium, headless, through Selenium. The driver and browser paths are
 * given explicitly, so Selenium Manager never tries to download a driver, and the
 * options turn off Chromium's background connections, which this machine's closed
 * network would refuse.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /**
     * Returns null if Chromium and its driver are installed, else a message that names
     * the missing file and the packages to install.
     */
    public static String missing() {
        for (Path path : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(path)) {
                return path + " not found: install the Debian packages chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver)";
            }
        }
        return null;
    }

    /**
     * Returns when Chromium is installed. Otherwise fails the test when the environment
     * variable {@code CI} is {@code true}, so CI cannot pass without running the browser
     * tests, and skips it elsewhere.
     */
    public static void require() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing);
        }
        assumeTrue(false, missing);
    }

    /** Starts a new headless browser; the caller quits it. */
    public static ChromeDriver start() {
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
}
