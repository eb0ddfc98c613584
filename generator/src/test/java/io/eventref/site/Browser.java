package io.eventref.site;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
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
    private static final AtomicBoolean NOTICE_GIVEN = new AtomicBoolean();

    private Browser() {
    }

    /** What to do when the programs the browser tests need are missing. */
    record Missing(List<String> programs, boolean required) {

        /** The missing programs among chromium and chromedriver, and whether the tests are required. */
        static Optional<Missing> of(boolean chromium, boolean chromedriver, String ci, String requiredProperty) {
            List<String> missing = new ArrayList<>();
            if (!chromium) {
                missing.add(CHROMIUM.toString());
            }
            if (!chromedriver) {
                missing.add(CHROMEDRIVER.toString());
            }
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of(new Missing(missing, "true".equalsIgnoreCase(ci) || "true".equalsIgnoreCase(requiredProperty)));
        }

        String message() {
            return required
                    ? "browser tests are required here (CI=true or -Dbrowser.required=true) but "
                            + String.join(" and ", programs) + (programs.size() == 1 ? " is" : " are")
                            + " missing: apt-get install chromium chromium-driver"
                    : "browser tests skipped: no " + String.join(" or ", programs)
                            + "; to run them, apt-get install chromium chromium-driver (CI=true or -Dbrowser.required=true"
                            + " makes them required)";
        }
    }

    /**
     * A fresh headless browser; skips the calling test class (or fails it, where browser tests are
     * required) when chromium or its driver is missing.
     */
    static ChromeDriver start(Path profile) {
        Optional<Missing> missing = Missing.of(Files.isExecutable(CHROMIUM), Files.isExecutable(CHROMEDRIVER),
                System.getenv("CI"), System.getProperty("browser.required"));
        if (missing.isPresent()) {
            if (missing.get().required()) {
                throw new IllegalStateException(missing.get().message());
            }
            if (NOTICE_GIVEN.compareAndSet(false, true)) {
                System.err.println(missing.get().message());
            }
            Assumptions.abort(missing.get().message());
        }
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
