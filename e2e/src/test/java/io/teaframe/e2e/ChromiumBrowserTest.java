package io.teaframe.e2e;


import io.teaframe.e2e.server.DevServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the browser scenarios and the demo page in Debian's headless Chromium through
 * Selenium. The binary and driver paths are given explicitly, so Selenium Manager never
 * downloads a browser. Without Chromium the tests are skipped, unless the environment
 * variable CI is {@code true}, where they fail.
 */
class ChromiumBrowserTest {

    private static DevServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.require();
        server = DevServer.startForBuildOutput(0);
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowserAndServer() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        driver.get(server.baseUrl() + ScenarioResult.PAGE);
        new WebDriverWait(driver, Duration.ofSeconds(ScenarioResult.DONE_TIMEOUT_SECONDS))
                .withMessage(() -> "scenarios.html did not set data-done; results so far:"
                        + ScenarioResult.summarize(readResults(driver)))
                .until(browser -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
        return ScenarioResult.asTests(readResults(driver));
    }

    private static List<ScenarioResult> readResults(WebDriver browser) {
        return browser.findElements(By.cssSelector("#results li[data-name]")).stream()
                .map(item -> new ScenarioResult(item.getDomAttribute("data-name"),
                        item.getDomAttribute("data-status"), item.getText()))
                .toList();
    }

}
