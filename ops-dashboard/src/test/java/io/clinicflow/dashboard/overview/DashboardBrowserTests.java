package io.clinicflow.dashboard.overview;

import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.dashboard.ServicesStandIn;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real browser: headless Debian Chromium through its own chromedriver (an explicit driver path, so
 * Selenium Manager never downloads anything). Values are read by the ids and data-* attributes dashboard.js writes.
 */
@OpsDashboardTest
class DashboardBrowserTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Two cores shared by several builds: a browser under load is slow; the waits end as soon as the page shows it. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path TARGET = Path.of("target");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static ChromeDriverService service;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs the Debian chromium and chromium-driver packages at /usr/bin/chromium and /usr/bin/chromedriver");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort()
                .withTimeout(PATIENCE).build();
        browser = new ChromeDriver(service, options());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void updatesTheFunnelAndTheLatestEventsAsEventsFlowWithoutReloading() throws IOException {
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        openDashboard();
        browser.executeScript("window.__loadedOnce = true");

        SessionBooked booked = journey.booked(0);
        journey.publish(booked);
        awaitText(countOf("booked", location), "1");
        awaitEventShown(booked.getMeta());

        BookingConfirmed confirmed = journey.confirmed(2);
        journey.publish(journey.screened(1, ScreeningOutcome.CLEARED, List.of()), confirmed);
        awaitText(countOf("confirmed", location), "1");
        awaitText(countOf("screened", location), "1");
        awaitText(kindCountOf("screened", "CLEARED", location), "1");
        awaitEventShown(confirmed.getMeta());

        assertThat(text(countOf("booked", location))).isEqualTo("1");
        assertThat(browser.executeScript("return window.__loadedOnce === true"))
                .as("the page was never reloaded: the marker set after the first load is still there").isEqualTo(true);
        Path screenshot = screenshot(TARGET.resolve("dashboard.png"));
        assertThat(Files.size(screenshot)).isPositive();
        assertThat(Files.readAllBytes(screenshot)).startsWith(PNG_SIGNATURE);
    }

    @Test
    void showsAParkedEventAndReleasesItAtTheServiceThatOwnsIt() {
        ServicesStandIn services = ServicesStandIn.shared();
        String client = UUID.randomUUID().toString();
        UUID parked = services.park("booking-service", "ClientRegistered", client,
                "307200 bytes, more than the 262144 an event may have");
        String row = "#parked tbody tr[data-service='booking-service'][data-event-id='" + parked + "']";
        openDashboard();
        waiting().withMessage(() -> "the parked events to show " + parked)
                .until(page -> cellsOf(row).containsAll(List.of("ClientRegistered", client, parked.toString())));

        browser.findElement(By.cssSelector(row + " button")).click();

        waiting().withMessage(() -> "the released event to leave the panel").until(page -> cellsOf(row).isEmpty());
        assertThat(services.isParked("booking-service", parked)).isFalse();
        assertThat(text("#release-status")).contains("Released " + parked);
    }

    private void openDashboard() {
        browser.get("http://localhost:" + port + "/?access_token="
                + TokenIssuer.ofThisJvm().mint(StaffToken.of(StaffRole.OPS, "*")));
        awaitText("#connection", "live");
    }

    /** The count cell of a stage's row (not its per-kind rows) in a location's column. */
    private static String countOf(String stage, String location) {
        return "#funnel tbody tr[data-stage='" + stage + "']:not(.kind) td[data-location='" + location + "']";
    }

    private static String kindCountOf(String stage, String kind, String location) {
        return "#funnel tbody tr.kind[data-stage='" + stage + "'][data-kind='" + kind + "'] td[data-location='" + location
                + "']";
    }

    private void awaitText(String selector, String expected) {
        waiting().withMessage(() -> selector + " to read " + expected + " but it reads " + text(selector))
                .until(page -> expected.equals(text(selector)));
    }

    private void awaitEventShown(EventMetadata meta) {
        String row = "#events tbody tr[data-event-id='" + meta.getEventId() + "']";
        waiting().withMessage(() -> "the latest events to show " + meta.getEventType() + " of " + meta.getClientId())
                .until(page -> cellsOf(row).containsAll(List.of(meta.getEventType(), meta.getClientId())));
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.pollingEvery(Duration.ofMillis(200));
        return wait;
    }

    /** Read in one script: the page re-renders the funnel on every event, which would stale a held WebElement. */
    private static String text(String selector) {
        return (String) browser.executeScript(
                "const found = document.querySelector(arguments[0]); return found && found.textContent;", selector);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cellsOf(String rowSelector) {
        return (List<String>) browser.executeScript("const row = document.querySelector(arguments[0]);"
                + " return row ? Array.from(row.cells, cell => cell.textContent) : [];", rowSelector);
    }

    private static Path screenshot(Path file) throws IOException {
        return Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static ChromeOptions options() throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(TARGET), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }
}
