package io.teaframe.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.e2e.server.DevServer;
import io.teaframe.e2e.server.SocketTestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sends 10,000 acknowledged messages from headless Chromium while the test server drops
 * the socket at random moments (a fixed seed, at most 30 drops), and checks the server's
 * own count: every message stored once, none lost, none twice. The page's scenario
 * (SocketFaultScenario) gives up after 60 s.
 */
class SocketFaultTest {

    private static final String PAGE = "scenarios/scenarios.html?suite=socket-fault";
    private static final String TAG = "fault";
    private static final int MESSAGES = 10_000;
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void acknowledgedMessagesSurviveRandomDrops() throws Exception {
        HeadlessChromium.require();
        try (DevServer server = DevServer.startForBuildOutput(0)) {
            ChromeDriver driver = HeadlessChromium.start();
            String result;
            String status;
            try {
                driver.get(server.baseUrl() + PAGE);
                new WebDriverWait(driver, PAGE_TIMEOUT)
                        .withMessage(() -> "the socket fault scenario did not finish within " + PAGE_TIMEOUT)
                        .until(browser -> "true".equals(
                                browser.findElement(By.tagName("body")).getDomAttribute("data-done")));
                List<WebElement> items = driver.findElements(By.cssSelector("#results li[data-name]"));
                assertEquals(1, items.size(), "scenarios on the page");
                status = items.get(0).getDomAttribute("data-status");
                result = items.get(0).getText();
            } finally {
                driver.quit();
            }
            System.out.println("Socket fault scenario: " + status + ": " + result);

            SocketTestServer.Channel channel = server.sockets().channel(TAG);
            assertEquals("pass", status, () -> "scenario failed: " + result);
            assertEquals(MESSAGES, channel.distinct(), "different messages stored (lost: "
                    + (MESSAGES - channel.distinct()) + ")");
            assertEquals(0, channel.duplicates(), "messages stored twice");
            assertEquals(MESSAGES, channel.stored(), "messages stored");
            assertTrue(channel.drops() > 0, "the server dropped no socket");
            assertTrue(channel.drops() <= 30, "the server dropped more sockets than its bound: " + channel.drops());
        }
    }

}
