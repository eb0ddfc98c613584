package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diff.DiffReport;
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

    private final String html = new DiffReportHtml(new Templates()).render(report());
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
        assertThat(DiffReportHtml.page(report(), 2).parts()).isNotEmpty();
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

    private static DiffReport report() {
        Reference reference = new ReferenceLoader()
                .load(Fixtures.fixture("diff").resolve("content"), "content").reference().orElseThrow();
        return new Differ().compare(reference, Version.parse("2.3.7"), Version.parse("2.3.18"));
    }
}
