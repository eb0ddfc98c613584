package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diff.DiffJson;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Differ;
import io.eventref.export.ModelExporter;
import io.eventref.model.Event;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compare page of the built site in headless chromium, opened from file://: the report that
 * the browser computes from the published model is the one {@code eventref diff} writes, for every
 * pair of releases, and the page shows it in the words of the HTML report.
 */
class CompareBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The rendered report as a tree: headings and lines as text, with {@code <code>} marked. */
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

    /** A built site and the reference it was built from. */
    private record Site(Path folder, Reference reference) {
        static Site of(Path content, Path folder) {
            return new Site(BuiltSite.write(content, folder), load(content));
        }
    }

    private static Site real;
    private static Site diffFixture;
    private static Site compareFixture;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        real = Site.of(Fixtures.content(), temp.resolve("site"));
        diffFixture = Site.of(Fixtures.fixture("diff").resolve("content"), temp.resolve("diff-site"));
        compareFixture = Site.of(Fixtures.fixture("compare").resolve("content"), temp.resolve("compare-site"));
        driver = Browser.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Reference load(Path content) {
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(content, "content");
        return loaded.reference().orElseThrow(() -> new AssertionError("content has errors: "
                + loaded.diagnostics().sorted()));
    }

    /** Opens a page afresh (never a same-document navigation) and waits for its scripts. */
    private static void open(Path site, String page) {
        driver.get("about:blank");
        driver.get(site.resolve(page.replaceFirst("[?#].*", "")).toUri() + page.replaceFirst("^[^?#]*", ""));
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && typeof window.eventrefCompare === 'function';")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    @Test
    void everyPairOfTheRealReleasesGivesTheJsonOfTheDiffCommand() throws Exception {
        open(real.folder(), "compare.html");

        assertThat(comparedPairs(real.reference())).isEqualTo(pairs(real.reference()));
    }

    /** {@code fixtures/diff}: one of every kind of difference (renames, processes, values, ...). */
    @Test
    void everyPairOfTheDiffFixtureGivesTheJsonOfTheDiffCommand() throws Exception {
        open(diffFixture.folder(), "compare.html");

        assertThat(comparedPairs(diffFixture.reference())).isEqualTo(pairs(diffFixture.reference()));
    }

    /**
     * {@code fixtures/compare}: what the others leave out, such as renames told by a note of the new
     * name, declarations merged, values narrowed, inherited and global fields removed.
     */
    @Test
    void everyPairOfTheCompareFixtureGivesTheJsonOfTheDiffCommand() throws Exception {
        DiffReport report = new Differ().compare(compareFixture.reference(), Version.parse("2.3.7"),
                Version.parse("2.3.18"));
        assertThat(report.breaking()).extracting(change -> change.kind().id()).contains("event-renamed",
                "field-renamed", "category-renamed", "field-removed", "values-narrowed");
        open(compareFixture.folder(), "compare.html");

        assertThat(comparedPairs(compareFixture.reference())).isEqualTo(pairs(compareFixture.reference()));
    }

    /** An alias cannot name another event in content; a model built by hand can (DifferTest does too). */
    @Test
    void anEventWhoseAliasWasAnEventNameIsARenameInTheBrowserToo() throws Exception {
        Reference fixture = diffFixture.reference();
        Reference aliased = new Reference(fixture.releases(), fixture.sections(), fixture.categories(),
                fixture.globalFields(), fixture.groups(), fixture.events().stream().map(event -> switch (event.name()) {
                    case "mail_lookup_done" -> new Event(event.name(), event.process(), event.aliases(),
                            event.section(), event.description(), event.categories(), event.inherits(),
                            new Lifecycle(null, null, null, Version.parse("2.3.11"), null, List.of()),
                            event.fields(), event.source());
                    case "mail_lookup_finished" -> new Event(event.name(), event.process(), List.of("mail_lookup_done"),
                            event.section(), event.description(), event.categories(), event.inherits(),
                            event.lifecycle(), event.fields(), event.source());
                    default -> event;
                }).toList());
        open(diffFixture.folder(), "compare.html");
        driver.executeScript("window.EVENTREF_MODEL = JSON.parse(arguments[0]);",
                ModelExporter.toJson(new ModelExporter().toTree(aliased)));

        assertThat(comparedPairs(aliased)).isEqualTo(pairs(aliased));
        assertThat(driver.executeScript("return window.eventrefCompare('2.3.7', '2.3.18').events.renamed[0].note;"))
                .as("an alias tells no note").isNull();
    }

    /**
     * Compares every pair (older, newer) in the open page and in Java, as JSON trees and as text
     * (which holds the order of keys too); the number of pairs compared.
     */
    private static int comparedPairs(Reference reference) throws Exception {
        int compared = 0;
        for (Version[] pair : pairsOf(reference)) {
            String json = (String) driver.executeScript(
                    "return JSON.stringify(window.eventrefCompare(arguments[0], arguments[1]));",
                    pair[0].toString(), pair[1].toString());
            JsonNode actual = JSON.readTree(json);
            JsonNode expected = JSON.readTree(DiffJson.toJson(new Differ().compare(reference, pair[0], pair[1])));
            assertThat(actual).as("%s to %s", pair[0], pair[1]).isEqualTo(expected);
            assertThat(ModelExporter.toJson(actual)).as("keys in order, %s to %s", pair[0], pair[1])
                    .isEqualTo(ModelExporter.toJson(expected));
            compared++;
        }
        return compared;
    }

    @Test
    void everyPairIsShownInTheWordsOfTheHtmlReport() throws Exception {
        for (Site site : List.of(diffFixture, compareFixture, real)) {
            Reference reference = site.reference();
            open(site.folder(), "compare.html");
            for (Version[] pair : pairsOf(reference)) {
                driver.executeScript("document.getElementById('compare-from').value = arguments[0];"
                        + "document.getElementById('compare-to').value = arguments[1];"
                        + "document.getElementById('compare-form').requestSubmit();",
                        pair[0].toString(), pair[1].toString());
                JsonNode shown = JSON.readTree((String) driver.executeScript(READ_REPORT));
                DiffReport report = new Differ().compare(reference, pair[0], pair[1]);
                assertThat(shown).as("%s to %s", pair[0], pair[1]).isEqualTo(expectedView(DiffReportHtml.page(report)));
            }
        }
    }

    /** What the page should show: the HTML report's parts one heading level down (under the page's h1). */
    private static JsonNode expectedView(DiffReportPage page) {
        ObjectNode root = NODES.objectNode();
        root.put("title", text(InlineText.parse(page.title())));
        root.put("summary", text(page.summary()));
        ArrayNode parts = root.putArray("parts");
        page.parts().forEach(part -> parts.add(expectedPart(part)));
        return root;
    }

    private static ObjectNode expectedPart(DiffReportPage.PartView part) {
        ObjectNode node = NODES.objectNode();
        node.put("level", Math.min(part.level() + 1, 6));
        node.put("id", part.id());
        node.put("labelledBy", part.id());
        node.put("heading", text(part.heading()));
        ArrayNode lines = node.putArray("lines");
        part.lines().forEach(line -> lines.add(text(line)));
        ArrayNode parts = node.putArray("parts");
        part.parts().forEach(child -> parts.add(expectedPart(child)));
        return node;
    }

    private static String text(InlineText inline) {
        return inline.runs().stream()
                .map(run -> run.code() ? "<code>" + run.text() + "</code>" : run.text())
                .collect(Collectors.joining());
    }

    @Test
    void choosingTwoReleasesAndPressingCompareShowsWhatWasRemovedAndAdded() {
        open(real.folder(), "compare.html");

        new Select(driver.findElement(By.id("compare-from"))).selectByValue("2.3.16");
        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2.3.19");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        WebElement result = driver.findElement(By.id("compare-result"));
        waiting().until(d -> result.getText().contains("changes from 2.3.16 to 2.3.19"));
        assertThat(result.findElement(By.id("events-removed")).getText()).startsWith("Removed (");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=events-removed]")).getText())
                .contains("mail_cache_lookup_finished");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=events-added]")).getText())
                .contains("mail_user_session_finished");
        assertThat(result.findElement(By.cssSelector("section[aria-labelledby=breaking-changes]")).getText())
                .contains("Event removed: mail_cache_lookup_finished");
        assertThat(driver.findElement(By.id("compare-status")).getText())
                .isEqualTo("Showing the changes from 2.3.16 to 2.3.19.");
        assertThat(driver.getCurrentUrl()).endsWith("compare.html?from=2.3.16&to=2.3.19");
    }

    @Test
    void fromNewerThanToSaysSoAndShowsNoReport() {
        open(real.folder(), "compare.html");

        new Select(driver.findElement(By.id("compare-from"))).selectByValue("2.3.19");
        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2.3.16");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        WebElement status = driver.findElement(By.id("compare-status"));
        waiting().until(d -> status.getText().contains("older"));
        assertThat(status.getText()).isEqualTo("\u201cFrom\u201d must be an older release than \u201cTo\u201d: 2.3.19 is "
                + "newer than 2.3.16. Pick an older release in \u201cFrom\u201d.");
        assertThat(status.getAttribute("class")).contains("compare-problem");
        assertThat(driver.findElement(By.id("compare-result")).getText()).isEmpty();
        assertThat(driver.executeScript("try { window.eventrefCompare('2.3.19', '2.3.16'); return 'no error'; }"
                + " catch (e) { return e.message; }")).isEqualTo("FROM must be older than TO: 2.3.19 is newer than 2.3.16");

        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2.3.19");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        assertThat(status.getText()).isEqualTo("\u201cFrom\u201d must be an older release than \u201cTo\u201d: 2.3.19 is "
                + "the same release. Pick an older release in \u201cFrom\u201d.");
    }

    @Test
    void theAddressCarriesTheChoice() {
        open(real.folder(), "compare.html?from=v2.3.10&to=2.3.19");

        assertThat(new Select(driver.findElement(By.id("compare-from"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.10");
        assertThat(new Select(driver.findElement(By.id("compare-to"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2.3.19");
        assertThat(driver.findElement(By.cssSelector("#compare-result > h2")).getText())
                .isEqualTo("Event reference changes from 2.3.10 to 2.3.19");
        assertThat(driver.findElement(By.id("events-changed-auth-request-finished")).findElement(By.xpath(".."))
                .getText()).contains("Fields added through Auth server request: mechanism (2.3.12)");

        new Select(driver.findElement(By.id("compare-from"))).selectByValue("2.3.18");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        assertThat(driver.getCurrentUrl()).endsWith("compare.html?from=2.3.18&to=2.3.19");
    }

    @Test
    void withoutAChoiceTheLastTwoReleasesAreCompared() {
        List<Version> versions = real.reference().versions();
        String from = versions.get(versions.size() - 2).toString();
        String to = versions.get(versions.size() - 1).toString();

        open(real.folder(), "compare.html");

        assertThat(driver.findElement(By.cssSelector("#compare-result > h2")).getText())
                .isEqualTo("Event reference changes from " + from + " to " + to);
        assertThat(driver.getCurrentUrl()).endsWith("compare.html");
    }

    @Test
    void anUnknownReleaseInTheAddressIsNamed() {
        open(real.folder(), "compare.html?from=2.3.99&to=2.3.19");

        assertThat(driver.findElement(By.id("compare-status")).getText())
                .isEqualTo("No release is called \u201c2.3.99\u201d. Pick two releases from the lists.");
        assertThat(driver.findElement(By.id("compare-result")).getText()).isEmpty();
        assertThat(driver.executeScript("try { window.eventrefCompare('2.3.99', '2.3.19'); return 'no error'; }"
                + " catch (e) { return e.message; }")).asString().startsWith("FROM: '2.3.99' is not a listed release");
    }

    @Test
    void notesAreShownAsTextNeverAsMarkup() {
        open(real.folder(), "compare.html");
        driver.executeScript("var event = window.EVENTREF_MODEL.events.filter(function (e) {"
                + " return e.name === 'mail_opened'; })[0];"
                + "event.changes.push({ version: '2.3.21', note: '<img id=\"injected\" src=\"x\"> `<b>bold</b>`' });");

        new Select(driver.findElement(By.id("compare-from"))).selectByValue("2.3.20");
        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2.3.21");
        driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        WebElement item = driver.findElement(By.id("events-changed-mail-opened")).findElement(By.xpath(".."));
        assertThat(item.getText()).contains("2.3.21: <img id=\"injected\" src=\"x\"> <b>bold</b>");
        assertThat(driver.findElements(By.id("injected"))).isEmpty();
        assertThat(item.findElements(By.tagName("b"))).isEmpty();
        assertThat(item.findElement(By.xpath(".//li[contains(., 'injected')]/code")).getText()).isEqualTo("<b>bold</b>");
    }

    private static List<Version[]> pairsOf(Reference reference) {
        List<Version> versions = reference.versions();
        return versions.stream().flatMap(from -> versions.stream().filter(from::isBefore)
                .map(to -> new Version[] {from, to})).toList();
    }

    private static int pairs(Reference reference) {
        int n = reference.versions().size();
        return n * (n - 1) / 2;
    }
}
