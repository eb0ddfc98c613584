package io.eventref.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.config.ConfigReader;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import io.eventref.model.FieldType;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the check says of one config against the fixture reference, and against diffs made by hand for
 * a type change (which the content grammar says of no field: a field keeps its type): the check takes
 * every such fact from the diff.
 */
class UpgradeCheckTest {

    private static final Version V2321 = Version.parse("2.3.21");
    private static final Version V241 = Version.parse("2.4.1");

    @TempDir
    Path folder;

    private UpgradeReport check(String config) throws IOException {
        return check(config, UpgradeFixtures.reference(), UpgradeFixtures.diff(V2321, V241));
    }

    private UpgradeReport check(String config, Reference reference, DiffReport diff) throws IOException {
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, config);
        ConfigReader.Result read = new ConfigReader().read(file, "dovecot.conf");
        return new UpgradeCheck(reference, diff.from(), diff.to(), diff).check(read, "dovecot.conf", "");
    }

    private static List<Finding> findings(UpgradeReport report) {
        return report.targets().stream().flatMap(target -> target.findings().stream()).toList();
    }

    private static List<String> rules(UpgradeReport report) {
        return findings(report).stream().map(finding -> finding.severity().label() + " " + finding.rule()).toList();
    }

    private static List<String> rewrites(UpgradeReport report) {
        return report.targets().stream().flatMap(target -> target.rewrites().stream()).map(Rewrite::after).toList();
    }

    private static DiffReport plus(DiffReport diff, Difference... more) {
        List<Difference> all = new ArrayList<>(diff.differences());
        all.addAll(List.of(more));
        return new DiffReport(diff.from(), diff.to(), all);
    }

    @Test
    void aValueRenamedBetweenTheReleasesBreaksAndTheRewriteWritesItsNewName() throws IOException {
        UpgradeReport report = check("log_debug = event=auth_request_finished AND NOT transport=TRUSTED\n");

        Finding finding = findings(report).stream().filter(f -> f.rule().equals("value-renamed")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Impact.BREAKING);
        assertThat(finding.replacement()).isEqualTo("secured");
        assertThat(finding.release()).isEqualTo(Version.parse("2.4.0"));
        assertThat(finding.message()).isEqualTo("value `TRUSTED` of field `transport` of `auth_request_finished` is"
                + " renamed to `secured` in 2.4.0");
        assertThat(finding.at().column()).isEqualTo(59);
        assertThat(rewrites(report)).containsExactly("log_debug = event=auth_request_finished AND NOT transport=secured");
    }

    @Test
    void aPatternThatMatchesNoValueAnyMoreBreaksWithoutARewriteAndSaysWhatWasRenamed() throws IOException {
        UpgradeReport report = check("log_debug = event=auth_request_finished AND transport=tr*\n");

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message() + " -> " + f.replacement())
                .containsExactly("breaking: field `transport` of `auth_request_finished` no longer takes the value `tr*`"
                        + " in 2.4.1 (its values: `insecure`, `secured`, `TLS`); `trusted` is renamed to `secured` in"
                        + " 2.4.0 -> null");
        assertThat(rewrites(report)).isEmpty();
    }

    @Test
    void aValueRemovedWithoutANewNameBreaksWithoutAReplacement() throws IOException {
        UpgradeReport report = check("log_debug = event=auth_passdb_request_finished AND result=next\n");

        assertThat(findings(report)).extracting(f -> f.severity().label() + " " + f.rule() + " " + f.replacement())
                .containsExactly("breaking value-removed null");
        assertThat(rewrites(report)).isEmpty();
    }

    @Test
    void groupingByAFieldWhoseValuesAreRenamedBreaksWithTheNewNames() throws IOException {
        UpgradeReport report = check("""
                metric by_transport {
                  filter = event=auth_request_finished
                  group_by = transport
                }
                metric by_result {
                  filter = event=auth_passdb_request_finished
                  group_by = result
                }
                """);

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message()).containsExactly(
                "breaking: the groups that `group_by` makes of field `transport` of `auth_request_finished` take new"
                        + " names: `trusted` is renamed to `secured` in 2.4.0",
                "breaking: the groups that `group_by` makes of field `result` of `auth_passdb_request_finished` lose"
                        + " `next`, which it no longer takes in 2.4.1");
        assertThat(rewrites(report)).isEmpty();
    }

    @Test
    void aNewTypeBreaksWhereANumberIsNeeded() throws IOException {
        DiffReport diff = plus(UpgradeFixtures.diff(V2321, V241), new Difference.TypeChanged(
                Item.field("imap_command_finished", "running_usecs", "own"), FieldType.INTEGER, FieldType.STRING));

        UpgradeReport report = check("""
                metric slow {
                  filter = event=imap_command_finished AND running_usecs>1000
                }
                metric summed {
                  filter = event=imap_command_finished
                  fields = running_usecs
                }
                metric grouped {
                  filter = event=imap_command_finished
                  group_by = running_usecs
                }
                """, UpgradeFixtures.reference(), diff);

        assertThat(report.targets()).extracting(t -> t.target().name() + " " + t.status())
                .containsExactly("slow breaking", "summed breaking", "grouped breaking");
        assertThat(findings(report).get(0).message()).isEqualTo("field `running_usecs` of `imap_command_finished` changes"
                + " type from integer to string, and `running_usecs>1000` needs a number");
    }

    @Test
    void groupBySectionsOf24AreRewrittenAndTheirMethodsTellWhetherTheyNeedNumbers() throws IOException {
        DiffReport diff = plus(UpgradeFixtures.diff(V2321, V241), new Difference.TypeChanged(
                Item.field("imap_command_finished", "running_usecs", "own"), FieldType.INTEGER, FieldType.STRING));

        UpgradeReport report = check("""
                dovecot_config_version = 2.4.0
                metric m {
                  filter = event=imap_command_finished
                  group_by bytes_in {
                  }
                  group_by running_usecs {
                    method linear {
                      min = 0
                      max = 1000
                      step = 100
                    }
                  }
                }
                """, UpgradeFixtures.reference(), diff);

        assertThat(rules(report)).containsExactly("breaking field-renamed", "breaking type-changed");
        assertThat(findings(report).get(1).message()).endsWith("and `group_by` needs a number");
        assertThat(rewrites(report)).containsExactly("group_by net_in_bytes {");
    }

    @Test
    void theFieldsOfANewEventGoWithoutSaying() throws IOException {
        UpgradeReport report = check("""
                metric ids {
                  filter = event=imap_id_received AND name=*
                  fields = session
                }
                """);

        assertThat(rules(report)).containsExactly("note event-added");
    }

    @Test
    void aFieldComparedAsANumberThatIsNotOneIsAWarning() throws IOException {
        UpgradeReport report = check("log_debug = event=imap_command_finished AND cmd_name>5\n");

        assertThat(rules(report)).containsExactly("warning not-a-number");
    }

    @Test
    void aRenameCountsEvenWhenTheOldNameLivesOnWithAnotherMeaning() throws IOException {
        UpgradeReport report = check("""
                metric passdbs {
                  filter = event=auth_passdb_request_finished AND passdb=ldap
                  group_by = passdb passdb_name
                }
                """);

        assertThat(findings(report)).extracting(f -> f.name() + " -> " + f.replacement())
                .containsExactly("passdb -> passdb_driver", "passdb -> passdb_driver", "passdb_name -> passdb");
        assertThat(rewrites(report)).containsExactly(
                "filter = event=auth_passdb_request_finished AND passdb_driver=ldap",
                "group_by = passdb_driver passdb");
    }

    @Test
    void aRenamedEventUnderNotBreaksAndARemovedOneIsANote() throws IOException {
        UpgradeReport report = check("""
                log_debug = category=sql AND NOT event=sql_query_done
                log_core_filter = NOT event=auth_client_cache_flush_started
                """);

        assertThat(rules(report)).containsExactly("breaking event-renamed", "note event-removed");
    }

    @Test
    void withoutEventsAFieldIsLookedForOnEveryEvent() throws IOException {
        UpgradeReport report = check("log_debug = category=imap AND bytes_in>100\n");

        assertThat(findings(report)).extracting(Finding::message).containsExactly(
                "field `bytes_in` of `imap_command_finished` is renamed to `net_in_bytes` in 2.4.0");
        assertThat(rewrites(report)).containsExactly("log_debug = category=imap AND net_in_bytes>100");
    }

    @Test
    void withoutEventsARenameThatOtherEventsDoNotShareIsAWarningWithoutARewrite() throws IOException {
        UpgradeReport report = check("log_debug = error=*\n");

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message()).containsExactly(
                "warning: field `error` of `auth_client_request_finished` is renamed to `failure` in 2.4.0;"
                        + " other events keep it");
        assertThat(rewrites(report)).isEmpty();
    }

    @Test
    void aFieldOfOneOfTwoNamedEventsIsFollowedOnTheEventThatHasIt() throws IOException {
        UpgradeReport report = check("log_debug = (event=imap_command_finished OR event=proxy_session_finished)"
                + " AND (bytes_in>0 OR idle_secs>0)\n");

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message()).containsExactly(
                "breaking: field `bytes_in` of `imap_command_finished` is renamed to `net_in_bytes` in 2.4.0",
                "breaking: field `idle_secs` of `proxy_session_finished` is removed in 2.4.0: replaced by `idle_usecs`,"
                        + " which counts microseconds.");
        assertThat(rewrites(report)).containsExactly(
                "log_debug = (event=imap_command_finished OR event=proxy_session_finished)"
                        + " AND (net_in_bytes>0 OR idle_secs>0)");
    }

    @Test
    void aPatternThatLosesSomeOfItsEventsIsAWarningAndNewOnesANote() throws IOException {
        UpgradeReport report = check("""
                log_debug = event=auth_client_*
                log_core_filter = event=imap_*
                process_shutdown_filter = event=sql_query_d*
                """);

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message()).containsExactly(
                "breaking: `event=sql_query_d*` matches no event in 2.4.1; in 2.3.21 it matched `sql_query_done`"
                        + " (renamed to `sql_query_finished`)",
                "warning: `event=auth_client_*` no longer matches `auth_client_cache_flush_finished` (removed in"
                        + " 2.4.0), `auth_client_cache_flush_started` (removed in 2.4.0)",
                "note: `event=imap_*` also matches `imap_id_received` in 2.4.1");
    }

    @Test
    void aPatternThatStillMatchesARenamedEventSaysNothing() throws IOException {
        assertThat(findings(check("log_debug = event=sql_query_*\n"))).isEmpty();
    }

    @Test
    void categoriesOfServicesAndLogLevelsAreKnown() throws IOException {
        UpgradeReport report = check("log_debug = category=service:imap OR category=debug OR category=error\n");

        assertThat(findings(report)).isEmpty();
    }

    @Test
    void aNameThatOnlyAnotherReleaseHasSaysWhen() throws IOException {
        UpgradeReport report = check("log_debug = event=mail_index_recreated\n");

        assertThat(findings(report)).extracting(Finding::message).containsExactly(
                "no event `mail_index_recreated` in 2.3.21 or 2.4.1 (it was removed in 2.3.13)");
    }

    @Test
    void anExporterThatNoMetricUsesIsANoteAndAMissingOneAWarning() throws IOException {
        UpgradeReport report = check("""
                event_exporter idle {
                  transport = log
                }
                metric m {
                  filter = event=imap_command_finished
                  exporter = nowhere
                }
                """);

        assertThat(rules(report)).containsExactly("warning unknown-exporter", "note unused-exporter");
    }

    @Test
    void aFilterReadFromAFileIsNotChecked() throws IOException {
        UpgradeReport report = check("log_debug = </etc/dovecot/debug-filter\n");

        assertThat(findings(report)).extracting(Finding::message).containsExactly("the filter of setting log_debug is"
                + " read from the file /etc/dovecot/debug-filter, which eventref does not read; it is not checked");
    }

    @Test
    void theSameReleaseTwiceReportsOnlyNamesItDoesNotHave() throws IOException {
        DiffReport none = new DiffReport(V241, V241, List.of());

        UpgradeReport report = check("log_debug = event=imap_command_finished AND (bytes_in>0 OR net_in_bytes>0)\n",
                UpgradeFixtures.reference(), none);

        assertThat(findings(report)).extracting(Finding::message).containsExactly(
                "`imap_command_finished` has no field `bytes_in` in 2.4.1 (`bytes_in` is its name until 2.4.0; in 2.4.1"
                        + " it is `net_in_bytes`)");
    }

    @Test
    void aFormerNameThatNeitherReleaseHasSaysWhenItWasTheNameAndIsRewritten() throws IOException {
        DiffReport diff = UpgradeFixtures.diff(Version.parse("2.4.0"), V241);

        UpgradeReport report = check("log_debug = (event=sql_query_done OR category=index-cache OR"
                + " (event=auth_request_finished AND transport=trusted)) AND NOT event=imap_command_finished\n"
                + "log_core_filter = event=imap_command_finished AND bytes_in>0\n", UpgradeFixtures.reference(), diff);

        assertThat(findings(report)).extracting(f -> f.rule() + ": " + f.message() + " -> " + f.replacement())
                .containsExactly(
                        "unknown-event: no event `sql_query_done` in 2.4.0 or 2.4.1 (`sql_query_done` is its name until"
                                + " 2.4.0; in 2.4.1 it is `sql_query_finished`) -> sql_query_finished",
                        "unknown-category: no category `index-cache` in 2.4.0 or 2.4.1 (`index-cache` is its name until"
                                + " 2.4.0; in 2.4.1 it is `mail-cache`) -> mail-cache",
                        "unknown-value: field `transport` of `auth_request_finished` never takes the value `trusted`"
                                + " (its values: `insecure`, `secured`, `TLS`) (`trusted` is its name until 2.4.0; in"
                                + " 2.4.1 it is `secured`) -> secured",
                        "field-not-carried: `imap_command_finished` has no field `bytes_in` in 2.4.0 or 2.4.1 (`bytes_in`"
                                + " is its name until 2.4.0; in 2.4.1 it is `net_in_bytes`) -> net_in_bytes");
        assertThat(rewrites(report)).containsExactly(
                "log_debug = (event=sql_query_finished OR category=mail-cache OR (event=auth_request_finished AND"
                        + " transport=secured)) AND NOT event=imap_command_finished",
                "log_core_filter = event=imap_command_finished AND net_in_bytes>0");
    }

    @Test
    void aLaterNameBeforeItWasGivenNamesTheOneOfTheseReleases() throws IOException {
        DiffReport diff = UpgradeFixtures.diff(Version.parse("2.3.13"), V2321);

        UpgradeReport report = check("log_debug = event=sql_query_finished\n", UpgradeFixtures.reference(), diff);

        assertThat(findings(report)).extracting(Finding::message).containsExactly("no event `sql_query_finished` in"
                + " 2.3.13 or 2.3.21 (`sql_query_finished` is its name from 2.4.0 on; in 2.3.21 it is `sql_query_done`)");
        assertThat(rewrites(report)).containsExactly("log_debug = event=sql_query_done");
    }

    @Test
    void aNameNewAfterTheNewerReleaseSaysWhen() throws IOException {
        assertThat(findings(check("log_debug = event=imap_client_unhibernated\n"))).extracting(Finding::message)
                .containsExactly("no event `imap_client_unhibernated` in 2.3.21 or 2.4.1 (it is new in 2.4.2)");
    }

    @Test
    void whatOnlyAnEditionThatTheNewerReleaseDoesNotDocumentEmitsIsNotReportedRemoved() throws IOException {
        UpgradeReport report = check("""
                metric refreshes {
                  filter = event=metacache_refresh_finished AND category=metacache
                  fields = refresh_count
                }
                log_debug = event=metacache_*
                """);

        assertThat(findings(report)).extracting(f -> f.severity().label() + " " + f.rule() + ": " + f.message())
                .containsExactly(
                        "warning other-edition: event `metacache_refresh_finished` is emitted by OX Dovecot Pro alone,"
                                + " which the reference documents in 2.3.21, not in 2.4.1: the check cannot tell what"
                                + " becomes of it",
                        "warning other-edition: category `metacache` is emitted by OX Dovecot Pro alone, which the"
                                + " reference documents in 2.3.21, not in 2.4.1: the check cannot tell what becomes of it",
                        "warning other-edition: `event=metacache_*` matches only events emitted by OX Dovecot Pro alone,"
                                + " which the reference documents in 2.3.21, not in 2.4.1: the check cannot tell what"
                                + " becomes of them");
        assertThat(report.breaks()).isFalse();
    }

    @Test
    void anEditionNeitherReleaseDocumentsIsSaidSoToo() throws IOException {
        UpgradeReport report = check("log_debug = event=metacache_refresh_finished\n", UpgradeFixtures.reference(),
                UpgradeFixtures.diff(Version.parse("2.4.0"), V241));

        assertThat(findings(report)).extracting(Finding::message).containsExactly("event `metacache_refresh_finished` is"
                + " emitted by OX Dovecot Pro alone, which the reference does not document in 2.4.0 or 2.4.1: the check"
                + " cannot tell what becomes of it");
    }
}
