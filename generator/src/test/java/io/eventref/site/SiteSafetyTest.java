package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import io.eventref.build.InvalidOutputException;
import io.eventref.model.Reference;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the site lets through of the content, and what it always has (fixtures' sites, built once per run). */
class SiteSafetyTest {

    /** {@code fixtures/unsafe}: scripts, handlers, javascript: links, images and markup in a change note. */
    @Test
    void rawHtmlInContentNeverBecomesLiveScript() {
        List<OutputFile> files = BuiltSite.of("unsafe");

        for (OutputFile file : files) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));
            assertThat(page.select("script:not([src])")).as("inline scripts of %s", file.path())
                    .allSatisfy(script -> assertThat(script.data()).doesNotContain("alert"));
            assertThat(page.select("script[src]")).as(file.path())
                    .allSatisfy(script -> assertThat(script.attr("src")).endsWith(".js").doesNotContain(":"));
            assertThat(page.select("iframe, img, object, embed, svg")).as(file.path()).isEmpty();
            page.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as("attribute in %s", file.path()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).as("attribute in %s", file.path())
                        .doesNotStartWith("javascript:");
            }));
        }
        Document event = Jsoup.parse(text(files, "events/mail_opened.html"));
        assertThat(event.select("a:containsOwn(raw link)")).as("the link stays, without its javascript: href")
                .singleElement().satisfies(link -> assertThat(link.attr("href")).isEmpty());
        assertThat(event.select("#uid span:containsOwn(of the mail)")).as("the span stays, without its handler")
                .singleElement().satisfies(span -> assertThat(span.attributes().size()).isZero());
        assertThat(event.select(".badge-changed").text()).as("a change note is text, its markup shown as written")
                .contains("<img id=\"injected\" src=\"x\" onerror=\"alert('note')\">").contains("<b>bold</b>");
        assertThat(event.getElementById("injected")).isNull();
        Document section = Jsoup.parse(text(files, "sections/unsafe.html"));
        assertThat(section.select("b")).as("harmless markup of a description stays").isNotEmpty()
                .allSatisfy(bold -> assertThat(bold.attributes().size()).isZero());
        assertThat(section.text()).contains("Block text.");
    }

    /**
     * {@code fixtures/unsafe/conformance}: captured values, an event name, a server record and a reason
     * holding markup. The captures are untrusted input: the pages show them as text.
     */
    @Test
    void capturedTextIsShownAsTextNeverAsMarkup() throws Exception {
        List<OutputFile> files = BuiltSite.of("unsafe");

        Document event = Jsoup.parse(text(files, "events/mail_opened.html"));
        String example = event.select("figure.example pre code").text();
        JsonNode line = new ObjectMapper().readTree(example);
        assertThat(line.path("fields").path("mailbox").asText()).isEqualTo("<script>alert('captured')</script>");
        assertThat(line.path("fields").path("subject").asText())
                .isEqualTo("</code></pre><img src=x onerror=alert('pre')>");
        assertThat(event.select("figure.example pre")).as("the captured </pre> does not close it").hasSize(1);
        assertThat(event.select(".observed li").text()).contains("<b onclick=\"alert('reason')\">Never</b>");
        Document conformance = Jsoup.parse(text(files, "conformance.html"));
        assertThat(conformance.select("#undocumented + ul code").eachText())
                .contains("<img src=x onerror=alert('name')>");
        assertThat(conformance.select("table.servers td").eachText())
                .anySatisfy(cell -> assertThat(cell).contains("<script>alert('server')</script>"));
        assertThat(conformance.select("main b, main script")).as("no markup from the captures").isEmpty();
        assertThat(event.select(".observed *")).extracting(element -> element.tagName()).as("no markup from the captures")
                .containsOnly("h2", "ul", "li", "strong", "figure", "figcaption", "pre", "code", "p", "a");
    }

    @Test
    void aSiteWithoutCapturesHasNoConformancePageAndNoServerSection() {
        List<OutputFile> files = BuiltSite.of("diff");

        assertThat(files).extracting(OutputFile::path).doesNotContain("conformance.html");
        for (OutputFile file : files) {
            if (file.path().endsWith(".html")) {
                String html = new String(file.content(), StandardCharsets.UTF_8);
                assertThat(html).as(file.path()).doesNotContain("conformance.html").doesNotContain("class=\"observed\"");
            }
        }
    }

    @Test
    void aBrokenLinkInContentFailsTheBuildNamingThePageAndTheLink() {
        assertThatThrownBy(() -> BuiltSite.render(Fixtures.content("broken-links"), BuildOptions.defaults()))
                .isInstanceOfSatisfying(InvalidOutputException.class, e -> assertThat(e.problems()).containsExactly(
                        "events/mail_opened.html: broken link '#nowhere'",
                        "events/mail_opened.html: broken link 'missing.html'"));
    }

    @Test
    void everyEventAliasGroupSectionCategoryAndReleaseHasItsPage() {
        Reference reference = Fixtures.load(Fixtures.content("basic"));
        Set<String> paths = BuiltSite.of("basic").stream().map(OutputFile::path).collect(Collectors.toSet());

        assertThat(paths).contains("index.html", "404.html", "sitemap.xml", "favicon.svg", "releases/index.html",
                "compare.html", "assets/search-index.js", "assets/eventref.js", "assets/eventref.css",
                "assets/compare.js");
        Set<String> names = new TreeSet<>();
        reference.events().forEach(event -> {
            names.addAll(event.lifecycle().names(event.name()));
            names.addAll(event.aliases());
        });
        names.forEach(name -> assertThat(paths).as("the page of %s", name).contains(SiteLinks.event(name)));
        reference.groups().forEach(group -> assertThat(paths).contains(SiteLinks.group(group.name())));
        reference.sections().forEach(section -> assertThat(paths).contains(SiteLinks.section(section.id())));
        reference.categories().forEach(category -> assertThat(paths).contains(SiteLinks.category(category.name())));
        reference.releases().forEach(release -> assertThat(paths)
                .contains(SiteLinks.release(release.version().toString())));
        assertThat(paths.stream().filter(path -> path.startsWith("events/")))
                .as("an event of two processes has one page, an alias or a former name one that sends on")
                .hasSize(names.size());
        assertThat(names).as("the fixture has events of two processes, aliases and renamed events")
                .contains("storage_unhibernated", "mail_lookup_done", "mail_cache_compressed");
    }

    @Test
    void pagesAreReadableWithoutJavaScript() {
        Document page = Jsoup.parse(text(BuiltSite.of("basic"), "events/mail_opened.html"));

        assertThat(page.select("tr[id]")).extracting(row -> row.id())
                .containsExactly("uid", "cached", "net_in_bytes", "field-user_mask", "transport", "mailbox", "user",
                        "trace_id", "duration", "reason_code", "cmd_name", "protocol", "cmd_tag", "cmd_tag-2-4-0",
                        "field-id_param_-param");
        assertThat(page.select("html.no-js")).hasSize(1);
        assertThat(page.select(".tools.js-only")).as("the controls that need JavaScript hide without it").hasSize(1);
    }

    @Test
    void aRemovedEventKeepsItsPageClearlyMarked() {
        Document page = Jsoup.parse(text(BuiltSite.of("basic"), "events/mail_lookup_finished.html"));

        assertThat(page.select(".notice-removed").text()).contains("removed in 2.3.18");
        assertThat(page.select(".badge-removed").text()).contains("Removed in 2.3.18");
    }

    @Test
    void theSitemapListsEveryPageWithAbsoluteUrlsUnderTheBaseUrl() {
        List<OutputFile> files = BuiltSite.render(Fixtures.content("basic"),
                BuildOptions.of(java.util.Optional.of("https://docs.example.org/events")));
        String sitemap = text(files, "sitemap.xml");

        assertThat(sitemap).contains("<loc>https://docs.example.org/events/</loc>")
                .contains("<loc>https://docs.example.org/events/events/mail_opened.html</loc>")
                .doesNotContain("404.html");
        assertThat(sitemap.lines().filter(line -> line.contains("<loc>")))
                .hasSize((int) files.stream().filter(f -> f.path().endsWith(".html")).count() - 1);
    }

    static String text(List<OutputFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(file.content(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + path));
    }
}
