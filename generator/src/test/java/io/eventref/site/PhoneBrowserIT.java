package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The basic fixture's site on a phone: a touch screen 390 and 320 CSS pixels wide (Chromium's device
 * emulation), where no page scrolls sideways, the search stays at hand and the header stays small.
 */
@Execution(ExecutionMode.SAME_THREAD)
class PhoneBrowserIT {

    private static final int HEIGHT = 800;

    @TempDir
    static Path temp;

    private static Path site;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        driver = Browser.start(temp.resolve("profile"));
        site = BuiltSite.write("basic", temp.resolve("site"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A touch phone {@code width} pixels wide, for the pages opened after it. */
    private static void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "hover", "value", "none"), Map.of("name", "pointer", "value", "coarse"))));
    }

    private static void open(String page) {
        driver.get("about:blank");
        driver.get(site.resolve(page.replaceFirst("[?#].*", "")).toUri() + page.replaceFirst("^[^?#]*", ""));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !document.documentElement.classList.contains('no-js');")));
    }

    private static Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    private static long number(String script, Object... arguments) {
        return Math.round(((Number) js(script, arguments)).doubleValue());
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 320})
    void noPageScrollsSideways(int width) {
        phone(width);
        List<String> wide = new ArrayList<>();
        for (String page : PageKinds.ALL) {
            open(page);
            long scrollWidth = number("return document.documentElement.scrollWidth;");
            if (scrollWidth > width) {
                wide.add(page + ": " + scrollWidth + " px, from " + js("""
                        var width = arguments[0], over = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          if (e.getBoundingClientRect().right > width + 0.5
                              && !Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > width + 0.5; })) {
                            over.push(e.outerHTML.slice(0, 120));
                          }
                        });
                        return over.slice(0, 3).join(' | ');
                        """, width));
            }
        }
        assertThat(wide).as("pages wider than the %d px screen", width).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 320})
    void theHeaderIsCompactAndTheSearchStaysReachableWhileScrolling(int width) {
        phone(width);
        open("events/mail_opened.html");

        long search = number("return document.getElementById('search').getBoundingClientRect().bottom;");
        assertThat(search).as("the search field's bottom on a page not yet scrolled").isLessThanOrEqualTo(HEIGHT / 4);

        js("window.scrollTo(0, document.documentElement.scrollHeight);");
        assertThat(number("return window.scrollY;")).as("the page scrolled").isPositive();
        long top = number("return document.getElementById('search').getBoundingClientRect().top;");
        assertThat(top).as("the search field's top once scrolled down").isBetween(0L, (long) HEIGHT / 8);
        WebElement input = driver.findElement(By.id("search"));
        input.click();
        input.sendKeys("opened");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        assertThat(number("return document.getElementById('search-results').getBoundingClientRect().right;"))
                .isLessThanOrEqualTo(width);
    }

    @Test
    void noKeyboardHintOnATouchScreen() {
        phone(390);
        open("index.html");

        assertThat(js("return matchMedia('(hover: none)').matches;")).isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("label[for=search] .key-hint")).isDisplayed()).isFalse();
    }

    @Test
    void noFieldShowsALabelWithoutValues() {
        phone(390);
        List<String> empty = new ArrayList<>();
        for (String release : List.of("", "2.3.7", "2.3.10", "2.4.0")) {
            for (String page : List.of("events/mail_opened.html", "events/mail_lookup_finished.html", "groups/mailbox.html",
                    "index.html")) {
                open(page);
                if (!release.isEmpty()) {
                    new Select(driver.findElement(By.id("release"))).selectByValue(release);
                }
                for (WebElement values : driver.findElements(By.cssSelector(".values"))) {
                    if (values.isDisplayed() && values.findElements(By.tagName("code")).stream().noneMatch(WebElement::isDisplayed)) {
                        empty.add(page + " as of " + release + ": " + values.getAttribute("outerHTML"));
                    }
                }
            }
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void theHomePagesSectionsAreAShortTableOfContentsThatOpensOnATap() {
        phone(320);
        open("index.html");

        List<WebElement> sections = driver.findElements(By.cssSelector(".toc > li > details > summary"));
        assertThat(sections).isNotEmpty();
        assertThat(sections).allSatisfy(summary -> assertThat(summary.getSize().getHeight())
                .as("a target a finger can hit").isGreaterThanOrEqualTo(24));
        long tocBottom = number("return document.querySelector('.toc').getBoundingClientRect().bottom + window.scrollY;");
        assertThat(tocBottom).as("the table of contents, closed, within two screens").isLessThan(2L * HEIGHT);

        WebElement first = sections.get(0);
        first.click();
        List<WebElement> events = first.findElements(By.xpath("following-sibling::ul//a"));
        assertThat(events).isNotEmpty().allMatch(WebElement::isDisplayed);
        js("document.querySelectorAll('.toc details').forEach(function (d) { d.open = true; });");
        assertThat(number("return Math.max.apply(null, Array.prototype.map.call(document.querySelectorAll('.toc a'),"
                + " function (a) { return a.getBoundingClientRect().right; }));")).as("the links of every section, open")
                .isLessThanOrEqualTo(320);
    }
}
