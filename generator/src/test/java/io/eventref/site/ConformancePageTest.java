package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.output.OutputFile;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The conformance page and the event pages' "On real servers" of {@code fixtures/basic}, whose
 * conformance folder has a capture of 2.3.18 (a release it lists, with its server) and one of 2.4.1
 * (a release it does not list).
 */
class ConformancePageTest {

    private static final List<OutputFile> SITE = BuiltSite.of("basic");

    private static Document page(String path) {
        return Jsoup.parse(SiteSafetyTest.text(SITE, path));
    }

    /** What each run says of the event, without the fields every line carried. */
    private static List<String> runs(String event) {
        Document page = page("events/" + event + ".html");
        page.select(".observed li .every-line").remove();
        return page.select(".observed li").eachText();
    }

    private static List<String> everyLine(String event) {
        return page("events/" + event + ".html").select(".observed li").stream()
                .map(run -> run.select(".every-line").text()).toList();
    }

    private static String caption(String event) {
        return page("events/" + event + ".html").select(".observed figcaption").text();
    }

    @Test
    void eachRunSaysWhetherItObservedTheEventAndWhyNot() {
        assertThat(runs("mail_opened")).containsExactly("Dovecot 2.3.18: observed, 3 lines",
                "Dovecot 2.4.1: observed, 1 line");
        assertThat(runs("mail_expunged")).containsExactly(
                "Dovecot 2.3.18: not observed. No reason recorded: a gap of the workload.",
                "Dovecot 2.4.1: not observed. The 2.4 workload expunges nothing.");
        assertThat(runs("storage_unhibernated")).containsExactly(
                "Dovecot 2.3.18: not observed. No reason recorded: a gap of the workload.",
                "Dovecot 2.4.1: observed, 2 lines");
        assertThat(runs("obox_fs_finished")).containsExactly(
                "Dovecot 2.3.18: not observed. Pro only: object storage is not in the community edition.",
                "Dovecot 2.4.1: not observed; the reference does not document it in 2.4.0 (the newest release it"
                        + " lists before 2.4.1)");
        assertThat(runs("mail_cache_purged")).first().isEqualTo(
                "Dovecot 2.3.18: observed, 1 line (as mail_cache_compressed)");
        assertThat(runs("mail_lookup_finished")).first().isEqualTo("Dovecot 2.3.18: observed, 1 line (as"
                + " mail_lookup_done), though the reference does not document it in 2.3.18");
    }

    @Test
    void eachRunNamesTheFieldsThatEveryLineOfTheEventCarriedWhenItSawTwoOrMore() {
        assertThat(everyLine("mail_opened")).as("3 lines in 2.3.18, of which one has no cmd_name; 1 in 2.4.1")
                .containsExactly("Every line carried duration, mailbox, uid, user.", "");
        assertThat(everyLine("mail_expunged")).as("observed by no run").containsExactly("", "");
        assertThat(page("events/mail_opened.html").select(".observed .hint").text())
                .startsWith("The fields every line carried are as close as the real servers come");
        assertThat(page("events/mail_expunged.html").select(".observed .hint")).isEmpty();
    }

    @Test
    void theExampleIsTheLineWithTheMostFieldsOfTheNewestRunOnATie() {
        assertThat(caption("mail_opened")).as("10 fields in 2.4.1 beat 8 in 2.3.18")
                .startsWith("Exported by Dovecot 2.4.1 under").contains("line 1 of its capture").contains("(10)");
        assertThat(caption("mail_cache_purged")).as("3 fields in each run").startsWith("Exported by Dovecot 2.4.1");
        assertThat(caption("storage_unhibernated")).as("of the two lines, the one with more fields")
                .contains("line 4 of its capture");
        assertThat(caption("mail_lookup_finished")).startsWith("Exported by Dovecot 2.3.18, as mail_lookup_done,");
        assertThat(page("events/mail_expunged.html").select(".observed figure")).as("observed by no run").isEmpty();
        assertThat(page("events/mail_opened.html").select(".observed pre code").text())
                .startsWith("{\n  \"event\" : \"mail_opened\",\n").contains("\n    \"net_in_bytes\" : 1803,\n");
    }

    @Test
    void theConformancePageCountsEachSectionsObservedEventsPerRun() {
        Document page = page("conformance.html");

        assertThat(page.select("table.servers tbody tr").eachText()).containsExactly(
                "Dovecot 2.3.18 Dovecot 2.3.18 (9f8cfe1b5d), package dovecot-core 1:2.3.18+dfsg1-1, on Debian"
                        + " GNU/Linux 12 (bookworm) 6 4 2 of 5",
                "Dovecot 2.4.1 Not recorded beside the capture. 4 3 3 of 4 The reference lists no release 2.4.1:"
                        + " compared as of 2.4.0, the newest before it.");
        assertThat(page.select("table.coverage tbody tr").eachText()).containsExactly("Storage 2 of 5 3 of 4");
        assertThat(page.select("table.unreached tbody tr").eachText()).containsExactly(
                "No reason recorded: a gap of the workload. Dovecot 2.3.18 mail_expunged, storage_unhibernated",
                "The 2.4 workload expunges nothing. Dovecot 2.4.1 mail_expunged",
                "Pro only: object storage is not in the community edition. Dovecot 2.3.18 obox_fs_finished");
        assertThat(page.select("#undocumented + ul li").eachText()).containsExactly(
                "Dovecot 2.3.18: dict_set_key (1 line), mail_lookup_done (1 line).", "Dovecot 2.4.1: none.");
        assertThat(page("index.html").select(".resources a[href=conformance.html]")).hasSize(1);
    }
}
