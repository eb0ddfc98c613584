package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.diff.ReleasePair;
import io.eventref.diff.ReleaseReports;
import io.eventref.history.History;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.render.BuildOptions;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upgrade pages of the real reference: the page of {@code eventref diff 2.3.21 2.4.1} names what
 * issue 12's scenario uses with its replacement or removal, and "Upgrading from 2.3 to 2.4" is the
 * upgrade to the newest release that shipped.
 */
class RealReferenceUpgradePageTest {

    private static Reference reference;
    private static List<UpgradePages.Target> targets;
    private static UpgradePages pages;

    @BeforeAll
    static void load() {
        reference = Fixtures.load(Fixtures.content());
        ReleaseReports reports = new ReleaseReports(reference);
        PageContext context = new PageContext(reference, BuildOptions.defaults(), false, new History(reference, List.of()));
        targets = UpgradePages.targets(reports.upgrades());
        pages = new UpgradePages(context, reports, Guides.NONE);
    }

    private static Document page(String from, String to) {
        ReleasePair pair = new ReleasePair(Version.parse(from), Version.parse(to));
        UpgradePages.Target target = targets.stream().filter(candidate -> candidate.pair().equals(pair)).findFirst()
                .orElseThrow();
        return Jsoup.parse(new Templates().render("upgrade.ftlh", pages.page(target, targets)));
    }

    private static List<String> breaking(Document page) {
        return page.selectFirst("#breaking").parent().select("li").eachText();
    }

    @Test
    void theLinesPageIsTheUpgradeToTheNewestReleaseThatShipped() {
        assertThat(UpgradePages.lineTargets(reference)).singleElement().satisfies(target -> {
            assertThat(target.path()).isEqualTo("upgrade/2.3-to-2.4.html");
            assertThat(target.pair().from()).isEqualTo(Version.parse("2.3.21"));
            assertThat(target.pair().to()).isEqualTo(reference.latest().version());
        });
    }

    @Test
    void theUpgradeTo241NamesEachReplacementOrRemovalOfTheIssuesScenario() {
        Document page = page("2.3.21", "2.4.1");

        assertThat(page.select("h1").text()).isEqualTo("Upgrading from 2.3 to 2.4.1");
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Field renamed: bytes_in of ").contains("imap_command_finished").endsWith(
                        ": renamed to net_in_bytes in 2.4.0"));
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Field renamed: bytes_out of ").contains("imap_command_finished"));
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Field renamed: service of ").contains(" auth_request_finished,", "renamed to protocol"));
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Field renamed: passdb_name of auth_passdb_request_finished")
                .contains("renamed to passdb in 2.4.0"));
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Event removed: auth_client_cache_flush_finished: removed in 2.4.0"));
        assertThat(breaking(page)).anySatisfy(row -> assertThat(row)
                .startsWith("Allowed values narrowed: transport of ").contains("trusted renamed to secured"));
    }

    @Test
    void eventsOnlyOxDovecotProEmitsAreNotBreakingButSaidToBeUndocumented() {
        Document page = page("2.3.21", "2.4.1");
        List<String> pro = reference.events().stream()
                .filter(event -> event.edition() == Edition.PRO && event.lifecycle().existsIn(Version.parse("2.3.21")))
                .map(Event::name).distinct().toList();
        assertThat(pro).isNotEmpty();

        Element section = page.selectFirst("section[aria-labelledby=other-edition]");
        assertThat(section.select("li > a > code").eachText()).containsAll(pro);
        assertThat(String.join("\n", breaking(page))).doesNotContain(pro);
    }
}
