package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Mention;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The HTML report is a standalone, well-formed, accessible HTML5 page. */
class DiffReportHtmlTest {

    private static final Reference REFERENCE = new ReferenceLoader()
            .load(Fixtures.fixture("diff").resolve("content"), "content").reference().orElseThrow();
    private final String html = new DiffReportHtml(new Templates()).render(report(), REFERENCE, "");
    private final Document page = Jsoup.parse(html);

    @Test
    void isAStandaloneHtml5PageInEnglishWithATitle() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(page.title()).isEqualTo("Event reference changes from 2.3.7 to 2.3.18");
        assertThat(page.select("meta[charset=utf-8]")).hasSize(1);
        assertThat(page.select("link[href], script")).as("nothing loaded from elsewhere").isEmpty();
    }

    @Test
    void parsesWithoutErrors() {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Jsoup.parse(html, "", parser);

        assertThat(parser.getErrors()).isEmpty();
    }

    @Test
    void headingsDescendOneLevelAtATimeAndLabelTheirSections() {
        List<Element> headings = page.select("h1, h2, h3, h4, h5, h6");
        assertThat(headings.get(0).tagName()).isEqualTo("h1");
        assertThat(page.select("h1")).hasSize(1);
        for (int i = 1; i < headings.size(); i++) {
            assertThat(level(headings.get(i))).as(headings.get(i).text()).isLessThanOrEqualTo(level(headings.get(i - 1)) + 1);
        }
        for (Element section : page.select("section")) {
            Element heading = section.child(0);
            assertThat(heading.id()).isEqualTo(section.attr("aria-labelledby"));
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(element -> assertThat(ids.add(element.id())).as(element.id()).isTrue());
    }

    @Test
    void namesAreCodeAndTheContentsNotesAreEscaped() {
        assertThat(page.select("li code").eachText()).contains("mail_purged", "mail_lookup_finished");
        assertThat(DiffReportHtml.page(report(), 2, mention -> "").parts()).isNotEmpty();
        assertThat(InlineText.parse("a `<b>` c").runs()).extracting(InlineText.Run::text, InlineText.Run::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a ", false),
                        org.assertj.core.groups.Tuple.tuple("<b>", true),
                        org.assertj.core.groups.Tuple.tuple(" c", false));
    }

    @Test
    void anUnpairedBacktickStaysText() {
        assertThat(InlineText.parse("one ` two").runs()).extracting(InlineText.Run::text).containsExactly("one ` two");
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }

    @Test
    void everyEventFieldGroupAndCategoryLinksToItsPageOnTheSite() {
        Document linked = Jsoup.parse(new DiffReportHtml(new Templates()).render(report(), REFERENCE,
                "https://example.org/events"));

        assertThat(linked.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("https://example.org/events/"))
                .contains("https://example.org/events/events/mail_purged.html",
                        "https://example.org/events/events/mail_opened.html#flags",
                        "https://example.org/events/groups/mail-user.html",
                        "https://example.org/events/categories/cache.html");
        assertThat(page.select("a[href]").eachAttr("href")).as("as from the site's diffs/ folder")
                .allMatch(href -> href.startsWith("../"));
        assertThat(page.select("code").stream().filter(code -> code.parent().tagName().equals("a")).map(Element::text))
                .contains("mail_purged", "vsize", "virtual_size", "cache-legacy")
                .doesNotContain("string", "integer");
    }

    @Test
    void aMentionLinksTheNextCodeOfItsNameAndAGroupItsPlainText() {
        InlineText text = InlineText.parse("Fields added through Mail user: `user` (2.3.10), `yes`").linked(List.of(
                new Mention("Mail user", Mention.Kind.GROUP, null), new Mention("user", Mention.Kind.FIELD, "e")),
                mention -> "#" + mention.text());

        assertThat(text.runs()).extracting(InlineText.Run::text, InlineText.Run::href).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Fields added through ", ""),
                org.assertj.core.groups.Tuple.tuple("Mail user", "#Mail user"),
                org.assertj.core.groups.Tuple.tuple(": ", ""),
                org.assertj.core.groups.Tuple.tuple("user", "#user"),
                org.assertj.core.groups.Tuple.tuple(" (2.3.10), ", ""),
                org.assertj.core.groups.Tuple.tuple("yes", ""));
    }

    private static DiffReport report() {
        return new Differ().compare(REFERENCE, Version.parse("2.3.7"), Version.parse("2.3.18"));
    }
}
