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
        assertThat(driver.findElements(By.cssSelector("article > *")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getTagName)).as("the notice alone, under the title").containsExactly("p", "h1", "p");
        assertThat(driver.findElement(By.id("schema-link")).isDisplayed()).isFalse();

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
        assertThat(row.findElements(By.cssSelector("a.anchor, button"))).as("one anchor affordance").hasSize(1);
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].getBoundingClientRect().top"
                + " >= document.querySelector('.tools').getBoundingClientRect().bottom;", row))
                .as("the row linked to is below the bar that stays at the top, not under it").isTrue();

        row.findElement(By.linkText("Mailbox")).click();

        waiting().until(d -> d.getCurrentUrl().contains("groups/mailbox.html"));
        assertThat(driver.getCurrentUrl()).endsWith("#mailbox");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mailbox");
        assertThat(driver.findElement(By.id("mailbox")).isDisplayed()).isTrue();
    }

    @Test
    void aFieldsNameLeadsToThePageOfThatNameWithEveryEventThatCarriesIt() {
        open("events/mail_opened.html");

        driver.findElement(By.cssSelector("#net_in_bytes a.field-name")).click();

        waiting().until(d -> d.getCurrentUrl().contains("fields/net_in_bytes.html"));
        assertThat(driver.findElements(By.cssSelector(".carriers tbody th a"))).extracting(WebElement::getText)
                .containsExactly("mail_expunged", "mail_opened");
        assertThat(driver.findElement(By.cssSelector(".carriers tbody td")).getText()).isEqualTo("bytes_in → net_in_bytes");
    }

    @Test
    void searchMatchesWordsInAnyOrderUnderscoresAsSpacesAndOneTypo() {
        open("index.html");

        assertThat(searchFor("opened mail")).first().asString().contains("mail_opened");
        assertThat(searchFor("mail opend")).first().asString().contains("mail_opened");
        assertThat(searchFor("opend")).first().asString().contains("mail_opened");
        assertThat(searchFor("mail opened")).first().asString().contains("mail_opened");
        assertThat(searchFor("net in bytes")).first().asString().startsWith("FIELD").contains("net_in_bytes");
        assertThat(searchFor("bytes_in")).as("a former name").first().asString().contains("bytes_in");
    }

    @Test
    void searchRanksTheExactNameFirstAndSaysWhenThereIsNothingOrMore() {
        open("index.html");

        searchFor("mailbox");
        List<String> names = driver.findElements(By.cssSelector("#search-results .name")).stream().map(WebElement::getText)
                .toList();
        assertThat(names).hasSizeGreaterThan(3);
        assertThat(names.subList(0, 3)).as("the group, the category and the field called so come first")
                .allMatch(name -> name.equalsIgnoreCase("mailbox"));
        assertThat(searchFor("zzqx")).isEmpty();
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("No results for \u201czzqx\u201d.");
    }

    @Test
    void searchShowsTwelveResultsAndSaysHowManyMore() {
        Path content = temp.resolve("synthetic-content");
        assertThat(io.eventref.cli.Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "synthesize", "--events", "200", "--releases", "3",
                "--seed", "1", "--out", content.toString())).isZero();
        Path synthetic = BuiltSite.write(content, temp.resolve("synthetic-site"));
        driver.get("about:blank");
        driver.get(synthetic.resolve("index.html").toUri().toString());

        assertThat(searchFor("e1")).hasSize(12);
        assertThat(driver.findElement(By.id("search-status")).getText())
                .matches("\\d+ more: type more words to narrow the search\\.");
    }

    /** The results shown for {@code query} (kind, name and text of each), once the search has answered. */
    private static List<String> searchFor(String query) {
        WebElement search = driver.findElement(By.id("search"));
        // not clear(): WebDriver's clear blurs the field, and a blurred search closes its results
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waiting().until(d -> d.findElement(By.id("search-status")).getText().isEmpty());
        search.sendKeys(query);
        waiting().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results [role=option]")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void theFieldTableFiltersByTextAndOriginAndSorts() {
        open("events/mail_opened.html");
        WebElement filter = driver.findElement(By.id("fields-filter"));

        assertThat(driver.findElement(By.id("cmd_name")).isDisplayed()).as("a context field, shown on demand").isFalse();
        filter.sendKeys("net in");
        assertThat(visibleRows()).containsExactly("net_in_bytes");

        filter.clear();
        filter.sendKeys(Keys.BACK_SPACE);
        new Select(driver.findElement(By.id("fields-from"))).selectByValue("context");
        assertThat(visibleRows()).contains("cmd_name").doesNotContain("uid");
        assertThat(driver.findElement(By.cssSelector("#cmd_name td.from")).getText()).isEqualTo("context: IMAP command");

        new Select(driver.findElement(By.id("fields-from"))).selectByValue("own");
        driver.findElement(By.cssSelector("button.sort[data-sort='0']")).click();
        List<String> ascending = visibleRows();
        assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
        driver.findElement(By.cssSelector("button.sort[data-sort='0']")).click();
        List<String> descending = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertThat(visibleRows()).containsExactlyElementsOf(descending);
    }

    @Test
    void aLinkToAContextFieldShowsIt() {
        open("events/mail_opened.html#cmd_name");

        assertThat(driver.findElement(By.id("cmd_name")).isDisplayed()).isTrue();
    }

    private static List<String> visibleRows() {
        return driver.findElements(By.cssSelector("#fields-table tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("code")).getText().strip()).toList();
    }

    @Test
    void theSchemaLinkFollowsTheReleaseUnderTheNameOfThatRelease() {
        open("events/mail_cache_purged.html");
        WebElement schema = driver.findElement(By.id("schema-link"));
        assertThat(schema.getAttribute("href")).endsWith("schemas/latest/mail_cache_purged.schema.json");

        new Select(driver.findElement(By.id("release"))).selectByValue("2.3.10");

        assertThat(schema.getAttribute("href")).endsWith("schemas/2.3.10/mail_cache_compressed.schema.json");
        assertThat(schema.getText()).isEqualTo("2.3.10/mail_cache_compressed.schema.json");
    }

    @Test
    void theReleaseSelectorIsOnlyWhereItMeansSomething() {
        for (String page : List.of("releases/2.3.10.html", "releases/index.html", "diffs/2.3.9-to-2.3.10.html",
                "compare.html", "upgrade/2.3-to-2.4.html", "conformance.html", "404.html")) {
            open(page);
            assertThat(driver.findElements(By.id("release"))).as(page).isEmpty();
            assertThat(driver.findElement(By.id("search")).isDisplayed()).as(page).isTrue();
        }
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
