package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import io.eventref.cli.Main;
import io.eventref.content.Prose;
import io.eventref.diff.ReleaseReports;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The upgrade pages of {@code fixtures/upgrade-check} (2.3.0 to 2.4.2, 2.4.2 not released), with the
 * fixture's own "Check your config" ({@code site/check-your-config.md}): the page of the upgrade from
 * 2.3 to 2.4 is the golden one ({@code expected/site/}), says what {@code eventref diff} says, and
 * links every name it gives.
 */
class UpgradePageTest {

    private static final Path FIXTURE = Fixtures.fixture("upgrade-check");
    private static final Reference REFERENCE = Fixtures.load(FIXTURE.resolve("content"));
    private static final Map<String, String> SITE = site();

    private static Map<String, String> site() {
        Guides guides = new Guides(Prose.of(Fixtures.read(FIXTURE.resolve("site/check-your-config.md"))));
        Map<String, String> files = new TreeMap<>();
        ReleaseReports reports = new ReleaseReports(REFERENCE);
        for (OutputFile file : new SiteRenderer(new Templates(), guides).render(REFERENCE, reports,
                BuildOptions.defaults(), Set.copyOf(reports.paths()))) {
            files.put(file.path(), new String(file.content(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Document page(String path) {
        assertThat(SITE).containsKey(path);
        return Jsoup.parse(SITE.get(path));
    }

    @Test
    void theUpgradeFromTwoThreeToTwoFourIsTheGoldenPage() {
        Fixtures.assertGolden(FIXTURE.resolve("expected/site/upgrade/2.3-to-2.4.html"), SITE.get("upgrade/2.3-to-2.4.html"));
    }

    @Test
    void eachReleaseOfTheNewerLineThatShippedHasAPageTheNewestThatOfTheLine() {
        assertThat(SITE.keySet().stream().filter(path -> path.startsWith("upgrade/")))
                .containsExactly("upgrade/2.3-to-2.4.html", "upgrade/2.3.21-to-2.4.0.html");
        assertThat(page("upgrade/2.3-to-2.4.html").select("h1").text()).isEqualTo("Upgrading from 2.3 to 2.4");
        assertThat(page("upgrade/2.3-to-2.4.html").text()).contains("eventref diff 2.3.21 2.4.1");
        Document other = page("upgrade/2.3.21-to-2.4.0.html");
        assertThat(other.select("h1").text()).isEqualTo("Upgrading from 2.3 to 2.4.0");
        assertThat(other.text()).contains("eventref diff 2.3.21 2.4.0");
        assertThat(other.select("a[href=2.3-to-2.4.html]").text()).isEqualTo("2.4.1");
    }

    @Test
    void searchFindsEachUpgradePageByItsTitle() {
        String index = SITE.get("assets/search-index.js");
        assertThat(index).contains("{\"kind\":\"upgrade\",\"name\":\"Upgrading from 2.3 to 2.4\",\"text\":\"What changes from"
                + " 2.3.21 to 2.4.1 for statistics and exporters: breaking changes first.\",\"url\":\"upgrade/2.3-to-2.4.html\"}");
        assertThat(index).contains("\"name\":\"Upgrading from 2.3 to 2.4.0\"", "\"url\":\"upgrade/2.3.21-to-2.4.0.html\"");
    }

    @Test
    void theHomePageLinksTheUpgradeToTheNewerLine() {
        assertThat(page("index.html").select("a[href=upgrade/2.3-to-2.4.html]").text())
                .startsWith("Upgrading from 2.3 to 2.4");
    }

    @Test
    void namesEveryBreakingChangeNewEventRemovalAndRenameThatTheDiffCommandPrints() throws IOException {
        JsonNode diff = diffCommand("2.3.21", "2.4.1");
        Document page = page("upgrade/2.3-to-2.4.html");

        List<String> breaking = new ArrayList<>();
        diff.get("breaking").forEach(change -> breaking.add(change.get("kind").asText()));
        assertThat(page.select("#breaking").text()).isEqualTo("Breaking changes (" + breaking.size() + ")");
        for (JsonNode change : diff.get("breaking")) {
            String name = change.has("field") && !change.get("field").isNull() ? change.get("field").asText()
                    : change.has("event") && !change.get("event").isNull() ? change.get("event").asText()
                    : change.get("category").asText();
            assertThat(rows(page, "#breaking").stream().filter(row -> row.text().contains(name)).toList())
                    .as("a breaking row names %s", change).isNotEmpty();
        }
        assertThat(codes(page, "#new-events")).containsExactlyInAnyOrderElementsOf(names(diff.at("/events/added")));
        String changes = page.select("section[aria-labelledby=changes]").text();
        for (JsonNode removed : diff.at("/events/removed")) {
            assertThat(changes).contains(removed.asText() + ": removed in");
        }
        for (JsonNode renamed : diff.at("/events/renamed")) {
            assertThat(changes).contains(renamed.get("to").asText() + " (renamed from " + renamed.get("from").asText());
        }
        for (JsonNode changed : diff.at("/events/changed")) {
            assertThat(codes(page, "section[aria-labelledby=changes]")).contains(changed.get("name").asText());
        }
    }

    @Test
    void linksEachEventFieldAndCategoryItNamesToItsPage() {
        Document page = page("upgrade/2.3-to-2.4.html");
        List<Element> items = page.select("div.diff-report li a");
        assertThat(items).isNotEmpty();
        for (Element item : items) {
            String href = item.attr("href");
            String target = href.replaceFirst("#.*", "");
            assertThat(target).as(href).startsWith("../");
            assertThat(SITE).as("the page %s links", href).containsKey(target.substring(3));
            if (href.contains("#")) {
                assertThat(page(target.substring(3)).getElementById(href.substring(href.indexOf('#') + 1)))
                        .as("the anchor of %s", href).isNotNull();
            }
        }
        // A renamed field is named as 2.3 named it and leads to the field on its event's page.
        Element renamed = page.select("section[aria-labelledby=breaking-imap] li").stream()
                .filter(row -> row.text().startsWith("Field renamed: bytes_in of")).findFirst().orElseThrow();
        assertThat(renamed.select("a").eachAttr("href")).containsExactly(
                "../events/imap_command_finished.html#net_in_bytes", "../events/imap_command_finished.html#net_in_bytes",
                "../events/imap_command_finished.html#net_in_bytes");
        // A field that several events rename alike is one row naming each of them.
        Element service = page.select("section[aria-labelledby=breaking-auth] li").stream()
                .filter(row -> row.text().startsWith("Field renamed: service of")).findFirst().orElseThrow();
        assertThat(service.select("a").eachText()).containsExactly("service", "auth_passdb_request_finished",
                "auth_request_finished", "protocol");
        assertThat(page.select("section[aria-labelledby=breaking-categories] a").eachText()).contains("index-cache");
    }

    @Test
    void saysWhatTheNewerReleaseDoesNotDocumentForAnotherEdition() {
        Document page = page("upgrade/2.3-to-2.4.html");
        assertThat(page.select("#other-edition").text()).isEqualTo("Not documented for 2.4.1: OX Dovecot Pro");
        assertThat(codes(page, "section[aria-labelledby=other-edition]")).containsExactly("metacache_refresh_finished");
        assertThat(page.selectFirst("#breaking").parent().text()).doesNotContain("metacache_refresh_finished");
    }

    @Test
    void endsWithCheckYourConfigItsHeadingsOneLevelDownWithIdsAndNoLiveScript() {
        Document page = page("upgrade/2.3-to-2.4.html");
        Element section = page.selectFirst("section[aria-labelledby=check-your-config]");
        assertThat(section).isNotNull();
        assertThat(section.select("h1")).isEmpty();
        assertThat(section.select("h2").eachText()).containsExactly("Check your config");
        assertThat(section.select("h3").eachAttr("id")).containsExactly("check-example", "check-example-2");
        assertThat(section.select("pre code").first().text())
                .isEqualTo("./eventref upgrade-check --config dovecot.conf --from 2.3.21 --to 2.4.1");
        assertThat(section.select("script")).isEmpty();
        assertThat(section.text()).contains("Raw HTML does not run.");
        assertThat(page.select("nav[aria-label=On this page] a").eachAttr("href")).contains("#check-your-config");
    }

    private static List<Element> rows(Document page, String heading) {
        return page.selectFirst(heading).parent().select("li");
    }

    private static List<String> codes(Document page, String section) {
        Element part = section.startsWith("#") ? page.selectFirst(section).parent() : page.selectFirst(section);
        return part.select("li > a:first-child > code").eachText().stream().distinct().collect(Collectors.toList());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static JsonNode diffCommand(String from, String to) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "diff", "--content",
                FIXTURE.resolve("content").toString(), from, to, "--format", "json");
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
