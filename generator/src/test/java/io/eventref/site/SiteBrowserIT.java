package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site of the basic fixture in headless chromium, opened from file:// as a reader would open it
 * from disk. In the fixture, {@code mail_opened} and its fields {@code uid} and {@code cached} are
 * new in 2.3.7, the field {@code mailbox} (from the group Mailbox) in 2.3.9 and changed in 2.3.10,
 * {@code trace_id} new in 2.3.10; {@code mail_lookup_finished} is new in 2.3.9, removed in 2.3.18.
 */
@Execution(ExecutionMode.SAME_THREAD)
class SiteBrowserIT {

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

    @BeforeEach
    void forgetChoices() {
        open("index.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
    }

    /** Opens a page afresh (never a same-document navigation) and waits until its scripts ran. */
    private static void open(String page) {
        driver.get("about:blank");
        driver.get(site.resolve(page.replaceFirst("[?#].*", "")).toUri() + page.replaceFirst("^[^?#]*", ""));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.documentElement.classList.contains('no-js');")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    @Test
    void typingOpenedFindsMailOpenedAndEnterOpensIt() {
        open("index.html");
        WebElement search = driver.findElement(By.id("search"));

        search.sendKeys("opened");

        List<WebElement> options = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#search-results [role=option]"));
            return found.isEmpty() ? null : found;
        });
        assertThat(options.get(0).getText()).contains("mail_opened");
        assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
        search.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("events/mail_opened.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("mail_opened");
    }

    @Test
    void slashFocusesSearchAndArrowsMoveThroughResults() {
        open("events/mail_opened.html");
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement search = driver.switchTo().activeElement();
        assertThat(search.getAttribute("id")).isEqualTo("search");

        search.sendKeys("mail_");
        waiting().until(d -> d.findElements(By.cssSelector("#search-results [role=option]")).size() > 1);
        search.sendKeys(Keys.ARROW_DOWN);

        List<WebElement> options = driver.findElements(By.cssSelector("#search-results [role=option]"));
        assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(search.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
    }

    @Test
    void choosingAnOldReleaseHidesWhatCameLaterAndTheChoiceTravels() {
        open("sections/storage.html");
        WebElement lookup = driver.findElement(By.linkText("mail_lookup_finished"));
        assertThat(lookup.isDisplayed()).isTrue();

        new Select(driver.findElement(By.id("release"))).selectByValue("2.3.7");

        assertThat(lookup.isDisplayed()).as("new in 2.3.9").isFalse();
        assertThat(driver.findElement(By.linkText("mail_opened")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("release=2.3.7");
        assertThat(driver.findElement(By.id("release-banner")).getText()).contains("2.3.7");

        driver.findElement(By.linkText("Reference")).click();
        waiting().until(d -> d.getCurrentUrl().contains("index.html"));
        assertThat(driver.getCurrentUrl()).contains("release=2.3.7");
        assertThat(new Select(driver.findElement(By.id("release"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.7");

        open("index.html");
        assertThat(new Select(driver.findElement(By.id("release"))).getFirstSelectedOption().getAttribute("value"))
                .as("the choice persists without the URL parameter").isEqualTo("2.3.7");
    }

    @Test
    void anEventPageAsOfARelease() {
        open("events/mail_opened.html?release=2.3.9");

        assertThat(driver.findElement(By.id("trace_id")).isDisplayed()).as("new in 2.3.10").isFalse();
        assertThat(driver.findElement(By.id("mailbox")).isDisplayed()).isTrue();
        WebElement changed = driver.findElement(By.cssSelector("#mailbox .badge-changed"));
        assertThat(changed.isDisplayed()).as("the 2.3.10 change had not happened yet").isFalse();

        new Select(driver.findElement(By.id("release"))).selectByValue("2.3.10");

        assertThat(driver.findElement(By.id("trace_id")).isDisplayed()).isTrue();
        assertThat(changed.isDisplayed()).isTrue();
    }

    @Test
    void anEventThatDidNotExistYetSaysSo() {
        open("events/mail_lookup_finished.html?release=2.3.7");

        assertThat(driver.findElement(By.cssSelector(".notice-absent")).isDisplayed()).isTrue();

        open("events/mail_lookup_finished.html?release=2.3.10");

        assertThat(driver.findElement(By.cssSelector(".notice-absent")).isDisplayed()).isFalse();
    }

    @Test
    void theThemeToggleSwitchesAndIsRemembered() {
        open("index.html");
        WebElement toggle = driver.findElement(By.id("theme-toggle"));
        String before = background();
        boolean wasDark = "true".equals(toggle.getAttribute("aria-pressed"));

        toggle.click();

        assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(wasDark ? "light" : "dark");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo(wasDark ? "false" : "true");
        assertThat(background()).isNotEqualTo(before);
        open("events/mail_opened.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(wasDark ? "light" : "dark");
    }

    private static String background() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void anInheritedFieldLeadsToItsGroupAndFieldsHaveAnchors() {
        open("events/mail_opened.html#mailbox");
        WebElement row = driver.findElement(By.id("mailbox"));
        assertThat(driver.findElements(By.cssSelector("tr:target"))).containsExactly(row);
        assertThat(row.findElement(By.cssSelector("a.anchor")).getAttribute("href")).endsWith("#mailbox");
        assertThat(row.findElement(By.cssSelector("button.copy-link")).isDisplayed()).isTrue();

        row.findElement(By.linkText("Mailbox")).click();

        waiting().until(d -> d.getCurrentUrl().contains("groups/mailbox.html"));
        assertThat(driver.getCurrentUrl()).endsWith("#mailbox");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mailbox");
        assertThat(driver.findElement(By.id("mailbox")).isDisplayed()).isTrue();
    }

    @Test
    void theCopyLinkButtonCopiesTheFieldsAddress() {
        open("events/mail_opened.html");
        WebElement button = driver.findElement(By.cssSelector("#uid button.copy-link"));

        button.click();

        assertThat(button.getAttribute("data-copied")).endsWith("events/mail_opened.html#uid");
    }

    @Test
    void theCopyButtonOfTheCapturedExampleCopiesTheLineAsShown() {
        open("events/mail_opened.html");
        WebElement button = driver.findElement(By.cssSelector("figure.example figcaption button.copy-example"));
        String shown = driver.findElement(By.cssSelector("figure.example pre")).getText();

        button.click();

        assertThat(button.getAttribute("data-copied")).isEqualTo(shown).startsWith("{").contains("\"net_in_bytes\" : 1803");
    }

    static WebDriver driver() {
        return driver;
    }
}
