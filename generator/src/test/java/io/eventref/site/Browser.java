package io.eventref.site;

import io.eventref.Requirement;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium through /usr/bin/chromedriver, as .ci/run installs them (apt-get
 * install chromium chromium-driver). Selenium is pointed at both, so nothing is downloaded.
 *
 * <p>On a machine without them the browser tests are skipped, with a one-line notice that says how
 * to run them; where they are required ({@code CI=true}, or {@code -Dbrowser.required=true}) they
 * fail instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The rule for a machine without them: {@link Requirement}'s, as for every test that needs the machine. */
    static final Requirement REQUIREMENT = new Requirement("browser tests", "browser.required",
            "apt-get install chromium chromium-driver");

    private Browser() {
    }

    /** Which of chromium and chromedriver are missing, by path. */
    static List<String> missing(boolean chromium, boolean chromedriver) {
        List<String> missing = new ArrayList<>();
        if (!chromium) {
            missing.add(CHROMIUM.toString());
        }
        if (!chromedriver) {
            missing.add(CHROMEDRIVER.toString());
        }
        return missing;
    }

    /**
     * A fresh headless browser; skips the calling test class (or fails it, where browser tests are
     * required) when chromium or its driver is missing.
     */
    static ChromeDriver start(Path profile) {
        REQUIREMENT.require(missing(Files.isExecutable(CHROMIUM), Files.isExecutable(CHROMEDRIVER)));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
