package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (4.11.0, the npm package's axe.min.js, in {@code src/test/resources/axe/}) over a page of
 * every kind of the basic fixture's site, in the light and the dark theme, with the "as of release"
 * view on and search results open where a reader would have them: no serious or critical violation.
 */
@Execution(ExecutionMode.SAME_THREAD)
class AxeBrowserIT {

    private static final String AXE = read("/axe/axe.min.js");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] }).then(function (results) {
              done(results.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; })
                .map(function (v) { return v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map(function (n) {
                  return n.target.join(" "); }).join(", "); }));
            }, function (error) { done(["axe failed: " + error]); });
            """;

    @TempDir
    static Path temp;

    private static Path site;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        driver = Browser.start(temp.resolve("profile"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        site = BuiltSite.write("basic", temp.resolve("site"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void noPageKindHasASeriousOrCriticalViolationInEitherTheme() {
        List<String> violations = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            for (String page : PageKinds.ALL) {
                open(page, theme);
                violations.addAll(axe(theme + " " + page));
            }
            open("events/mail_opened.html", theme);
            new Select(driver.findElement(By.id("release"))).selectByValue("2.3.9");
            new Select(driver.findElement(By.id("fields-from"))).selectByValue("all");
            violations.addAll(axe(theme + " event page as of 2.3.9, context fields shown"));
            open("index.html", theme);
            driver.findElement(By.id("search")).sendKeys("mail");
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
            violations.addAll(axe(theme + " search results"));
            open("compare.html?from=2.3.7&to=2.4.0", theme);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector("#compare-result section")).isEmpty());
            violations.addAll(axe(theme + " compare result"));
        }
        assertThat(violations).isEmpty();
    }

    private static void open(String page, String theme) {
        driver.get("about:blank");
        driver.get(site.resolve(page.replaceFirst("[?#].*", "")).toUri() + page.replaceFirst("^[^?#]*", ""));
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('eventref-theme', arguments[0]);", theme);
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && document.documentElement.dataset.theme === arguments[0];",
                        theme)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(String where) {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        List<String> found = (List<String>) js.executeAsyncScript(RUN);
        return found.stream().map(violation -> where + ": " + violation).toList();
    }

    private static String read(String resource) {
        try (InputStream in = AxeBrowserIT.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
