package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.Fixtures;
import io.eventref.cli.Main;
import io.eventref.diff.ReleasePair;
import io.eventref.model.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compare page of a built site in headless chromium, opened from file://: for every pair of
 * releases it shows the report that {@code eventref diff FROM TO --format html} prints, which the
 * build computed once (the page's script only looks the report up and renders it).
 */
@Execution(ExecutionMode.SAME_THREAD)
class CompareBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The shown report as a tree: headings and lines as text, with {@code <code>} marked, as {@link #inline} does. */
    private static final String READ_REPORT = """
            function inline(element) {
              var text = "";
              element.childNodes.forEach(function (node) {
                if (node.nodeType === Node.TEXT_NODE) { text += node.nodeValue; }
                else if (node.nodeName === "CODE" && node.children.length === 0) { text += "<code>" + node.textContent + "</code>"; }
                else { text += "<" + node.nodeName + ">"; }
              });
              return text;
            }
            function part(section) {
              var heading = section.firstElementChild;
              var list = section.querySelector(":scope > ul");
              return {
                level: Number(heading.tagName.substring(1)), id: heading.id,
                labelledBy: section.getAttribute("aria-labelledby"), heading: inline(heading),
                lines: list ? Array.from(list.children).map(inline) : [],
                parts: Array.from(section.querySelectorAll(":scope > section")).map(part)
              };
            }
            var result = document.getElementById("compare-result");
            return JSON.stringify({
              title: inline(result.querySelector(":scope > h2")),
              summary: inline(result.querySelector(":scope > p")),
              parts: Array.from(result.querySelectorAll(":scope > section")).map(part)
            });
            """;

    @TempDir
    static Path temp;

    /** A built site and the content it was built from. */
    private record Site(Path content, Path folder, Reference reference) {
        static Site of(String fixture, Path folder) {
            Path content = Fixtures.content(fixture);
            return new Site(content, BuiltSite.write(content, folder), Fixtures.load(content));
        }
    }

    private static ChromeDriver driver;
    private static Site diffFixture;
    private static Site compareFixture;
    private static Site unsafe;

    @BeforeAll
    static void startAndBuild() {
        driver = Browser.start(temp.resolve("profile"));
        diffFixture = Site.of("diff", temp.resolve("diff-site"));
        compareFixture = Site.of("compare", temp.resolve("compare-site"));
        unsafe = Site.of("unsafe", temp.resolve("unsafe-site"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a page afresh (never a same-document navigation) and waits for its scripts. */
    private static void open(Path site, String page) {
        driver.get("about:blank");
        driver.get(site.resolve(page.replaceFirst("[?#].*", "")).toUri() + page.replaceFirst("^[^?#]*", ""));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && typeof window.eventrefReport === 'function';")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    private static String status() {
        return driver.findElement(By.id("compare-status")).getText();
    }

    /** Picks two releases as a reader does, presses Compare and waits until the page says what it shows. */
    private static void compare(String from, String to) {
        new Select(driver.findElement(By.id("compare-from"))).selectByValue(from);
        new Select(driver.findElement(By.id("compare-to"))).selectByValue(to);
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
        waiting().until(d -> !status().startsWith("Loading"));
    }

    @Test
    void everyPairOfTheDiffFixtureIsShownAsTheDiffCommandWritesItInHtml() throws Exception {
        assertThat(shownAsTheDiffCommand(diffFixture)).isEqualTo(ReleasePair.all(diffFixture.reference()).size());
    }

    /**
     * {@code fixtures/compare}: what the diff fixture leaves out, such as renames told by a note of the
     * new name, declarations merged, values narrowed, inherited and global fields removed.
     */
    @Test
    void everyPairOfTheCompareFixtureIsShownAsTheDiffCommandWritesItInHtml() throws Exception {
        assertThat(shownAsTheDiffCommand(compareFixture)).isEqualTo(ReleasePair.all(compareFixture.reference()).size());
    }

    /** Compares every pair in the open page with the command's HTML report; the number of pairs compared. */
    private static int shownAsTheDiffCommand(Site site) throws Exception {
        open(site.folder(), "compare.html");
        int compared = 0;
        for (ReleasePair pair : ReleasePair.all(site.reference())) {
            compare(pair.from().toString(), pair.to().toString());
            assertThat(status()).isEqualTo("Showing the changes from " + pair.from() + " to " + pair.to() + ".");
            JsonNode shown = JSON.readTree((String) driver.executeScript(READ_REPORT));

            assertThat(shown).as("%s", pair).isEqualTo(commandReport(site.content(), pair));
            compared++;
        }
        return compared;
    }

    /**
     * What {@code eventref diff FROM TO --format html} prints, read as {@link #READ_REPORT} reads the
     * page: the same tree, one heading level down (the page's h1 is its own title).
     */
    private static JsonNode commandReport(Path content, ReleasePair pair) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "diff", pair.from().toString(),
                pair.to().toString(), "--format", "html", "--content", content.toString());
        assertThat(status).as(err.toString()).isZero();
        Element main = Jsoup.parse(out.toString()).selectFirst("main");
        ObjectNode root = NODES.objectNode();
        root.put("title", inline(main.selectFirst("h1")));
        root.put("summary", inline(main.selectFirst("p")));
        ArrayNode parts = root.putArray("parts");
        main.children().stream().filter(child -> child.tagName().equals("section"))
                .forEach(section -> parts.add(part(section)));
        return root;
    }

    private static ObjectNode part(Element section) {
        Element heading = section.child(0);
        ObjectNode node = NODES.objectNode();
        node.put("level", Integer.parseInt(heading.tagName().substring(1)) + 1);
        node.put("id", heading.id());
        node.put("labelledBy", section.attr("aria-labelledby"));
        node.put("heading", inline(heading));
        ArrayNode lines = node.putArray("lines");
        section.children().stream().filter(child -> child.tagName().equals("ul"))
                .flatMap(list -> list.children().stream()).forEach(line -> lines.add(inline(line)));
        ArrayNode parts = node.putArray("parts");
        section.children().stream().filter(child -> child.tagName().equals("section"))
                .forEach(child -> parts.add(part(child)));
        return node;
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element child && child.tagName().equals("code") && child.children().isEmpty()) {
                text.append("<code>").append(child.wholeText()).append("</code>");
            } else {
                text.append('<').append(node.nodeName().toUpperCase(java.util.Locale.ROOT)).append('>');
            }
        }
        return text.toString();
    }

    @Test
    void choosingTwoReleasesAndPressingCompareShowsWhatWasRenamedRemovedAndAdded() {
        open(compareFixture.folder(), "compare.html");

        compare("2.3.7", "2.3.18");

        WebElement result = driver.findElement(By.id("compare-result"));
        assertThat(result.findElement(By.cssSelector(":scope > h2")).getText())
                .isEqualTo("Event reference changes from 2.3.7 to 2.3.18");
        assertThat(result.findElement(By.id("events-removed")).getText()).isEqualTo("Removed (1)");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=events-removed]")).getText())
                .contains("storage_flushed (2.3.18): Gone from imap.");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=events-renamed]")).getText())
                .contains("mail_search → mail_searched (2.3.10)");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=breaking-changes]")).getText())
                .contains("Event removed: storage_flushed");
        assertThat(status()).isEqualTo("Showing the changes from 2.3.7 to 2.3.18.");
        assertThat(driver.getCurrentUrl()).endsWith("compare.html?from=2.3.7&to=2.3.18");
    }

    @Test
    void fromNewerThanToSaysSoAndShowsNoReport() {
        open(compareFixture.folder(), "compare.html");

        compare("2.3.18", "2.3.9");

        assertThat(status()).isEqualTo("\u201cFrom\u201d must be an older release than \u201cTo\u201d: 2.3.18 is "
                + "newer than 2.3.9. Pick an older release in \u201cFrom\u201d.");
        assertThat(driver.findElement(By.id("compare-status")).getAttribute("class")).contains("compare-problem");
        assertThat(driver.findElement(By.id("compare-result")).getText()).isEmpty();

        compare("2.3.9", "2.3.9");

        assertThat(status()).isEqualTo("\u201cFrom\u201d must be an older release than \u201cTo\u201d: 2.3.9 is "
                + "the same release. Pick an older release in \u201cFrom\u201d.");
    }

    @Test
    void theAddressCarriesTheChoice() {
        open(compareFixture.folder(), "compare.html?from=v2.3.9&to=2.3.18");

        assertThat(new Select(driver.findElement(By.id("compare-from"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.9");
        assertThat(new Select(driver.findElement(By.id("compare-to"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.18");
        waiting().until(d -> status().startsWith("Showing"));
        assertThat(driver.findElement(By.cssSelector("#compare-result > h2")).getText())
                .isEqualTo("Event reference changes from 2.3.9 to 2.3.18");

        compare("2.3.10", "2.3.18");

        assertThat(driver.getCurrentUrl()).endsWith("compare.html?from=2.3.10&to=2.3.18");
    }

    @Test
    void withoutAChoiceTheLastTwoReleasesAreCompared() {
        open(diffFixture.folder(), "compare.html");

        waiting().until(d -> status().startsWith("Showing"));
        assertThat(driver.findElement(By.cssSelector("#compare-result > h2")).getText())
                .isEqualTo("Event reference changes from 2.3.11 to 2.3.18");
        assertThat(driver.getCurrentUrl()).endsWith("compare.html");
    }

    @Test
    void anUnknownReleaseInTheAddressIsNamed() {
        open(diffFixture.folder(), "compare.html?from=2.3.99&to=2.3.18");

        assertThat(status()).isEqualTo("No release is called \u201c2.3.99\u201d. Pick two releases from the lists.");
        assertThat(driver.findElement(By.id("compare-result")).getText()).isEmpty();
    }

    @Test
    void aReportThatCannotBeLoadedIsNamedAndNothingElseIsShown() throws IOException {
        Path site = temp.resolve("site-missing-a-report");
        BuiltSite.write(diffFixture.content(), site);
        Files.delete(site.resolve("diffs/2.3.7-to-2.3.10.js"));
        open(site, "compare.html");

        compare("2.3.7", "2.3.10");

        assertThat(status()).isEqualTo("The report from 2.3.7 to 2.3.10 could not be loaded.");
        assertThat(driver.findElement(By.id("compare-result")).getText()).isEmpty();
    }

    /** {@code fixtures/unsafe}: a change note of 2.3.10 holds an image with a handler, and bold text. */
    @Test
    void notesAreShownAsTextNeverAsMarkup() {
        open(unsafe.folder(), "compare.html");

        compare("2.3.9", "2.3.10");

        WebElement item = driver.findElement(By.id("events-changed-mail-opened")).findElement(By.xpath(".."));
        assertThat(item.getText()).contains("2.3.10: <img id=\"injected\" src=\"x\" onerror=\"alert('note')\"> <b>bold</b>"
                + " and <b>bold</b>.");
        assertThat(driver.findElements(By.id("injected"))).isEmpty();
        assertThat(item.findElements(By.tagName("b"))).isEmpty();
        assertThat(item.findElement(By.xpath(".//li[contains(., 'injected')]/code")).getText()).isEqualTo("<b>bold</b>");
    }
}
