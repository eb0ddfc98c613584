package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventref.Fixtures;
import io.eventref.build.InvalidOutputException;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteSafetyTest {

    @Test
    void rawHtmlInContentNeverBecomesLiveScript() {
        List<OutputFile> files = BuiltSite.render(Fixtures.fixture("unsafe").resolve("content"), BuildOptions.defaults());

        for (OutputFile file : files) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));
            assertThat(page.select("script:not([src])")).as("inline scripts of %s", file.path())
                    .allSatisfy(script -> assertThat(script.data()).doesNotContain("alert"));
            assertThat(page.select("script[src]")).as(file.path())
                    .allSatisfy(script -> assertThat(script.attr("src")).endsWith(".js").doesNotContain(":"));
            assertThat(page.select("iframe, img, object, embed")).as(file.path()).isEmpty();
            page.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as("attribute in %s", file.path()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).as("attribute in %s", file.path())
                        .doesNotStartWith("javascript:");
            }));
        }
        String event = text(files, "events/mail_opened.html");
        assertThat(event).contains("raw link").contains("of the mail").contains("<b>bold</b>".substring(0, 0));
        assertThat(text(files, "sections/unsafe.html")).contains("<b>bold</b>").contains("Block text.");
    }

    @Test
    void aBrokenLinkInContentFailsTheBuildNamingThePageAndTheLink() {
        assertThatThrownBy(() -> BuiltSite.render(Fixtures.fixture("broken-links").resolve("content"),
                BuildOptions.defaults()))
                .isInstanceOfSatisfying(InvalidOutputException.class, e -> assertThat(e.problems()).containsExactly(
                        "events/mail_opened.html: broken link '#nowhere'",
                        "events/mail_opened.html: broken link 'missing.html'"));
    }

    @Test
    void theRealSiteHasNoBrokenLinksAndEveryEventHasItsPage() {
        List<OutputFile> files = BuiltSite.render(Fixtures.content(), BuildOptions.defaults());

        assertThat(files).extracting(OutputFile::path)
                .contains("index.html", "404.html", "sitemap.xml", "favicon.svg", "releases/index.html",
                        "releases/2.3.19.html", "events/mail_opened.html", "events/mail_cache_lookup_finished.html",
                        "groups/mailbox.html", "sections/imap.html", "categories/imap.html",
                        "assets/search-index.js", "assets/eventref.js", "assets/eventref.css");
        assertThat(files.stream().filter(file -> file.path().startsWith("events/"))).as("115 events and one alias").hasSize(116);
    }

    @Test
    void pagesAreReadableWithoutJavaScript() {
        List<OutputFile> files = BuiltSite.render(Fixtures.content(), BuildOptions.defaults());
        Document page = Jsoup.parse(text(files, "events/mail_opened.html"));

        assertThat(page.select("tr[id]")).extracting(row -> row.id())
                .contains("reason", "uid", "mailbox", "user", "session", "duration");
        assertThat(page.select("html.no-js")).hasSize(1);
        assertThat(page.select(".tools.js-only")).as("the controls that need JavaScript hide without it").hasSize(1);
    }

    @Test
    void aRemovedEventKeepsItsPageClearlyMarked() {
        List<OutputFile> files = BuiltSite.render(Fixtures.content(), BuildOptions.defaults());
        Document page = Jsoup.parse(text(files, "events/mail_cache_lookup_finished.html"));

        assertThat(page.select(".notice-removed").text()).contains("removed in 2.3.18");
        assertThat(page.select(".badge-removed").text()).contains("Removed in 2.3.18");
    }

    @Test
    void theSitemapListsEveryPageWithAbsoluteUrlsUnderTheBaseUrl() {
        List<OutputFile> files = BuiltSite.render(Fixtures.content(),
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
