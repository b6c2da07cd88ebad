package io.teaframe.e2e.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.e2e.HeadlessChromium;
import io.teaframe.e2e.server.DevServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the demo app in headless Chromium as a user would, against the demo server on
 * a free port of 127.0.0.1 with a fresh database in a temporary folder. Each test starts
 * from the seed data with no faults, and the main screens are saved as screenshots in
 * {@code target/screenshots}.
 */
class DemoAppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Path databaseFolder;
    private static DevServer server;
    private static DemoApi api;
    private static ChromeDriver driver;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.require();
        databaseFolder = Files.createTempDirectory("teaframe-demo-db");
        server = DevServer.start(0, Path.of(System.getProperty("teaframe.site.dir")),
                Path.of(System.getProperty("teaframe.scenarios.dir")), databaseFolder);
        api = new DemoApi(server.baseUrl());
        driver = HeadlessChromium.start();
        driver.manage().window().setSize(new Dimension(1360, 1000));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowserAndServer() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (databaseFolder != null) {
            try (Stream<Path> files = Files.walk(databaseFolder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @BeforeEach
    void openFreshApp() throws Exception {
        api.resetFaults();
        api.resetData();
        driver.get(server.baseUrl());
        waitUntil("the first page of users", browser -> rows().size() == 20);
        waitUntil("the live socket", browser -> "open".equals(badge().getDomAttribute("data-state")));
    }

    @Test
    void tableSortsPagesAndUsesCache() throws Exception {
        assertEquals("Page 1 of 50", text("page-info"));
        String firstByNameAscending = rows().get(0).findElement(By.className("user-name")).getText();
        screenshot("users");

        driver.findElement(By.cssSelector("th[data-sort=name]")).click();
        waitUntil("the rows sorted by name, descending", browser ->
                !firstByNameAscending.equals(firstRowName()));
        assertTrue(firstRowName().compareToIgnoreCase(firstByNameAscending) > 0,
                "first name descending " + firstRowName() + " after " + firstByNameAscending);

        driver.findElement(By.id("page-next")).click();
        waitUntil("page 2", browser -> text("page-info").equals("Page 2 of 50")
                && text("users-status").contains("loaded after"));
        api.resetRequests();
        driver.findElement(By.id("page-prev")).click();
        waitUntil("page 1 from the cache", browser -> text("users-status").contains("from the cache"));
        assertEquals(List.of(), usersRequests(), "requests for a page still in the cache");
    }

    @Test
    void fastTypingMakesOneRequest() throws Exception {
        api.resetRequests();
        driver.findElement(By.id("search")).sendKeys("young");

        waitUntil("the search result", browser -> text("users-status").contains("matching “young”"));
        Thread.sleep(800);
        List<String> searches = usersRequests().stream().filter(line -> line.contains("q=")).toList();
        assertEquals(1, searches.size(), "search requests: " + searches);
        assertTrue(searches.get(0).contains("q=young"), searches.get(0));
        for (WebElement row : rows()) {
            String nameAndEmail = row.getText().toLowerCase();
            assertTrue(nameAndEmail.contains("young"), "row without the search text: " + row.getText());
        }
        screenshot("search");
    }

    @Test
    void detailsLoadUserThenPermissions() throws Exception {
        WebElement first = rows().get(0);
        String name = first.findElement(By.className("user-name")).getText();
        first.click();

        waitUntil("the user's permissions", browser -> !driver.findElements(By.cssSelector("#permissions li")).isEmpty());
        assertEquals(name, text("details-title"));
        screenshot("details");

        driver.findElement(By.id("close-details")).click();
        waitUntil("the closed panel", browser -> driver.findElements(By.id("details-title")).isEmpty());
    }

    @Test
    void closingDetailsCancelsTheSequence() throws Exception {
        api.setFaults("{\"latencyMillis\":1500}");
        api.resetRequests();
        WebElement row = rows().get(1);
        String id = row.getDomAttribute("data-id");
        row.click();
        waitUntil("the loading panel", browser -> !driver.findElements(By.id("details-loading")).isEmpty());
        driver.findElement(By.id("close-details")).click();

        Thread.sleep(2_500);
        assertTrue(driver.findElements(By.id("details-title")).isEmpty(), "the panel stayed closed");
        List<String> requests = api.requests();
        assertTrue(requests.stream().anyMatch(line -> line.equals("GET /api/users/" + id)),
                "the user was requested: " + requests);
        assertFalse(requests.stream().anyMatch(line -> line.contains("/permissions")),
                "permissions requested after the panel closed: " + requests);
    }

    @Test
    void saveShowsTheEditAtOnce() throws Exception {
        WebElement row = rows().get(2);
        String id = row.getDomAttribute("data-id");
        row.click();
        waitUntil("the edit button", browser -> !driver.findElements(By.id("edit-user")).isEmpty());
        driver.findElement(By.id("edit-user")).click();
        waitUntil("the edit form", browser -> !driver.findElements(By.id("edit-name")).isEmpty());
        WebElement name = driver.findElement(By.id("edit-name"));
        name.clear();
        name.sendKeys("Ada Lovelace");
        driver.findElement(By.id("save-user")).click();

        waitUntil("the saved notice", browser -> "ok".equals(notice().getDomAttribute("data-kind")));
        assertEquals("Ada Lovelace", rowById(id).findElement(By.className("user-name")).getText());
        assertEquals("Ada Lovelace", api.getUser(Long.parseLong(id)).getString("name", null));
        assertEquals("2", rowById(id).getDomAttribute("data-version"));
    }

    @Test
    void conflictRollsTheRowBack() throws Exception {
        WebElement row = rows().get(3);
        String id = row.getDomAttribute("data-id");
        row.click();
        waitUntil("the edit button", browser -> !driver.findElements(By.id("edit-user")).isEmpty());
        driver.findElement(By.id("edit-user")).click();
        waitUntil("the edit form", browser -> !driver.findElements(By.id("edit-name")).isEmpty());
        WebElement name = driver.findElement(By.id("edit-name"));
        name.clear();
        name.sendKeys("Mine Not Theirs");

        api.rename(Long.parseLong(id), "Theirs Saved First");
        driver.findElement(By.id("save-user")).click();

        waitUntil("the conflict notice", browser -> "error".equals(notice().getDomAttribute("data-kind")));
        assertTrue(notice().getText().contains("someone else changed Theirs Saved First"), notice().getText());
        waitUntil("the row rolled back to the server's user", browser ->
                "Theirs Saved First".equals(rowById(id).findElement(By.className("user-name")).getText()));
        assertEquals("Theirs Saved First", api.getUser(Long.parseLong(id)).getString("name", null));
        screenshot("conflict");
    }

    @Test
    void liveUpdateReachesTheTable() throws Exception {
        String id = rows().get(4).getDomAttribute("data-id");

        api.rename(Long.parseLong(id), "Renamed Elsewhere");

        waitUntil("the pushed name", browser ->
                "Renamed Elsewhere".equals(rowById(id).findElement(By.className("user-name")).getText()));
        waitUntil("the server's notification", browser ->
                !driver.findElements(By.cssSelector("#notifications .toast")).isEmpty());
        waitUntil("the notification dismissing itself", Duration.ofSeconds(8), browser ->
                driver.findElements(By.cssSelector("#notifications .toast")).isEmpty());
    }

    @Test
    void xssNameIsShownAsText() throws Exception {
        String payload = "<img src=x onerror=\"window.xssRan=true\">Mallory";
        String id = rows().get(5).getDomAttribute("data-id");

        api.rename(Long.parseLong(id), payload);

        waitUntil("the pushed name", browser ->
                payload.equals(rowById(id).findElement(By.className("user-name")).getText()));
        rowById(id).click();
        waitUntil("the details title", browser -> payload.equals(text("details-title")));
        assertTrue(driver.findElements(By.cssSelector("#app img")).isEmpty(), "an img element was created");
        assertNull(driver.executeScript("return window.xssRan;"), "the payload's script ran");
    }

    @Test
    void retriesAreVisibleDuringA503Burst() throws Exception {
        new Select(driver.findElement(By.id("fault-error-rate"))).selectByValue("1");
        waitUntil("the fault setting", browser -> "1".equals(
                driver.findElement(By.id("fault-error-rate")).getDomProperty("value")));
        driver.findElement(By.id("refresh")).click();

        waitUntil("two failed attempts", browser ->
                driver.findElements(By.cssSelector("#activity li[data-status='503']")).size() >= 2);
        screenshot("faults");
        new Select(driver.findElement(By.id("fault-error-rate"))).selectByValue("0");

        waitUntil("the page loaded after its retries", browser -> text("users-status").contains("loaded after"));
        int attempts = Integer.parseInt(driver.findElement(By.id("users-status")).getDomAttribute("data-attempts"));
        assertTrue(attempts >= 3, "attempts " + attempts);
        assertEquals(20, rows().size());
    }

    @Test
    void chatSurvivesADroppedSocket() throws Exception {
        driver.findElement(By.id("chat-author")).sendKeys("tester");
        List<String> sent = new ArrayList<>();
        WebElement input = driver.findElement(By.id("chat-text"));
        for (int i = 1; i <= 12; i++) {
            String text = "message " + i;
            input.sendKeys(text);
            // Like a person, press Enter once the typed text shows (the Send button turns enabled). Text typed
            // and submitted within one animation frame would stay in the field: see the README's limits.
            waitUntil("the Send button", browser -> driver.findElement(By.id("chat-send")).isEnabled());
            input.sendKeys(Keys.ENTER);
            sent.add(text);
            // A person starts the next message once the field shows empty. Keys typed before the
            // render that clears it would join the old text, which the README's limits describe.
            waitUntil("the cleared field", browser -> input.getDomProperty("value").isEmpty());
            if (i == 4) {
                driver.findElement(By.id("drop-sockets")).click();
                waitUntil("the reconnect countdown", Duration.ofSeconds(5), browser ->
                        !"open".equals(badge().getDomAttribute("data-state")));
            }
        }

        waitUntil("every message acknowledged", Duration.ofSeconds(20), browser ->
                driver.findElements(By.cssSelector("#chat-outgoing li")).size() == sent.size()
                        && driver.findElements(By.cssSelector("#chat-outgoing li[data-delivery=acknowledged]")).size()
                                == sent.size());
        assertEquals(sent, api.chatTexts("tester"), "stored messages, in order, each once");
        waitUntil("the stored messages in the panel", browser -> driver.findElements(
                By.cssSelector("#chat-messages li")).size() >= sent.size());
        screenshot("chat");
    }

    @Test
    void errorPanelShowsAThrowingHandler() throws Exception {
        driver.findElement(By.id("throw-in-handler")).click();

        waitUntil("the error in the panel", browser ->
                !driver.findElements(By.cssSelector("#errors .error-entry")).isEmpty());
        String entry = driver.findElement(By.cssSelector("#errors .error-entry")).getText();
        assertTrue(entry.startsWith("HANDLER"), entry);
        assertTrue(entry.contains("Thrown on purpose by the fault panel's button while handling ThrowInHandler"), entry);

        driver.findElement(By.id("clear-errors")).click();
        waitUntil("the empty panel", browser -> driver.findElements(By.cssSelector("#errors .error-entry")).isEmpty());
    }

    @Test
    void autoRefreshRequestsUntilSwitchedOff() throws Exception {
        api.resetRequests();
        long switchedOn = System.nanoTime();
        driver.findElement(By.id("auto-refresh")).click();

        waitUntil("the first automatic refresh", Duration.ofSeconds(15), browser -> usersRequestCount() == 1);
        long waitedMillis = (System.nanoTime() - switchedOn) / 1_000_000;
        assertTrue(waitedMillis >= 9_000, "refreshed after " + waitedMillis + " ms, expected about 10 s");

        driver.findElement(By.id("auto-refresh")).click();
        waitUntil("the switch off", browser -> !driver.findElement(By.id("auto-refresh")).isSelected());
        Thread.sleep(11_000);
        assertEquals(1, usersRequests().size(), "requests after switching off: " + usersRequests());
    }

    @Test
    void badgeCountsDownToTheReconnect() throws Exception {
        driver.findElement(By.id("drop-sockets")).click();

        waitUntil("the reconnect countdown", Duration.ofSeconds(5), browser ->
                "reconnecting".equals(badge().getDomAttribute("data-state")));
        String label = badge().getText();
        assertTrue(label.matches("Reconnecting in \\d+ s \\(attempt \\d+\\)"), label);
        waitUntil("the socket open again", browser -> "open".equals(badge().getDomAttribute("data-state")));
        assertEquals("Live", badge().getText());
    }

    @Test
    void chatMessageWaitsWhileOffline() throws Exception {
        driver.findElement(By.id("chat-author")).sendKeys("offline tester");
        // Chromium's offline emulation keeps the socket from reconnecting after the server drops it.
        setBrowserOffline(true);
        try {
            api.dropSockets();
            waitUntil("the lost socket", browser -> !"open".equals(badge().getDomAttribute("data-state")));

            WebElement input = driver.findElement(By.id("chat-text"));
            input.sendKeys("typed offline");
            waitUntil("the Send button", browser -> driver.findElement(By.id("chat-send")).isEnabled());
            input.sendKeys(Keys.ENTER);

            waitUntil("the pending message", browser -> "pending".equals(
                    driver.findElement(By.cssSelector("#chat-outgoing li")).getDomAttribute("data-delivery")));
            Thread.sleep(1_500);
            assertEquals("pending", driver.findElement(By.cssSelector("#chat-outgoing li"))
                    .getDomAttribute("data-delivery"), "delivery while offline");
            assertEquals(List.of(), api.chatTexts("offline tester"), "messages stored while offline");
        } finally {
            setBrowserOffline(false);
        }

        waitUntil("the acknowledged message", Duration.ofSeconds(15), browser -> "acknowledged".equals(
                driver.findElement(By.cssSelector("#chat-outgoing li")).getDomAttribute("data-delivery")));
        assertEquals(List.of("typed offline"), api.chatTexts("offline tester"));
    }

    private static void setBrowserOffline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private int usersRequestCount() {
        try {
            return usersRequests().size();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Reading the server's recorded requests failed", e);
        }
    }

    private List<String> usersRequests() throws IOException, InterruptedException {
        return api.requests().stream().filter(line -> line.startsWith("GET /api/users?")).toList();
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#users-rows tr.user-row"));
    }

    private static WebElement rowById(String id) {
        return driver.findElement(By.cssSelector("#users-rows tr[data-id='" + id + "']"));
    }

    private static String firstRowName() {
        return rows().get(0).findElement(By.className("user-name")).getText();
    }

    private static WebElement badge() {
        return driver.findElement(By.id("connection"));
    }

    private static WebElement notice() {
        return driver.findElement(By.id("save-notice"));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        waitUntil(what, WAIT, condition);
    }

    private static void waitUntil(String what, Duration timeout, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "timed out waiting for " + what)
                .until(condition);
    }

    private static void screenshot(String name) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
