package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.diff.ReleaseReports;
import io.eventref.history.History;
import io.eventref.model.Reference;
import io.eventref.render.BuildOptions;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The compare page tells its script where the reports are, and whether there is one for every pair. */
class ComparePageTest {

    private final Reference reference = Fixtures.load(Fixtures.content("diff"));

    private Document page(ReleaseReports reports) {
        PageContext context = new PageContext(reference, BuildOptions.defaults(), false,
                new History(reference, List.of()));
        return Jsoup.parse(new Templates().render("compare.ftlh", new DiffPages(context, reports).compare()));
    }

    @Test
    void aSmallReferenceHasAReportForEveryPairAndSaysNothingOfIt() {
        Document page = page(new ReleaseReports(reference));

        assertThat(page.select("#compare-form").attr("data-reports")).isEqualTo("diffs/");
        assertThat(page.select("#compare-form").attr("data-every-pair")).isEqualTo("true");
        assertThat(page.text()).doesNotContain("consecutive releases only");
        assertThat(page.select("#compare-from option")).extracting(option -> option.attr("value"))
                .containsExactly("2.3.0", "2.3.7", "2.3.9", "2.3.10", "2.3.11", "2.3.18");
        assertThat(page.select("#compare-from option[selected]").attr("value")).isEqualTo("2.3.11");
        assertThat(page.select("#compare-to option[selected]").attr("value")).isEqualTo("2.3.18");
    }

    @Test
    void aBigReferenceSaysItsReportsAreThoseOfConsecutiveReleasesAndHowToCompareOthers() {
        Document page = page(new ReleaseReports(reference, 10));

        assertThat(page.select("#compare-form").attr("data-every-pair")).isEqualTo("false");
        assertThat(page.text()).contains("the site publishes the reports between consecutive releases only; "
                + "eventref diff FROM TO compares any two.");
        assertThat(page.select("section[aria-labelledby=reports] a")).extracting(link -> link.attr("href"))
                .containsExactly("diffs/2.3.0-to-2.3.7.html", "diffs/2.3.7-to-2.3.9.html", "diffs/2.3.9-to-2.3.10.html",
                        "diffs/2.3.10-to-2.3.11.html", "diffs/2.3.11-to-2.3.18.html");
    }
}
