package io.eventref.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.build.ReferenceLoader;
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
 * what today's content grammar cannot say (a value renamed, a type changed, names swapped): the check
 * takes every such fact from the diff.
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
    void aValueTheDiffSaysIsGoneBreaksAndTheOneValueThatCameReplacesIt() throws IOException {
        DiffReport diff = plus(UpgradeFixtures.diff(V2321, V241), new Difference.ValuesChanged(
                Item.field("auth_request_finished", "transport", "Auth server request"),
                List.of("insecure", "trusted", "TLS"), List.of("insecure", "secured", "TLS")));

        UpgradeReport report = check("log_debug = event=auth_request_finished AND NOT transport=TRUSTED\n",
                UpgradeFixtures.reference(), diff);

        Finding finding = findings(report).stream().filter(f -> f.rule().equals("value-removed")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Impact.BREAKING);
        assertThat(finding.replacement()).isEqualTo("secured");
        assertThat(finding.message()).isEqualTo("field `transport` of `auth_request_finished` no longer takes the value"
                + " `TRUSTED` in 2.4.1 (its values: `insecure`, `secured`, `TLS`); the only value new in 2.4.1 is `secured`");
        assertThat(finding.at().column()).isEqualTo(59);
        assertThat(rewrites(report)).containsExactly("log_debug = event=auth_request_finished AND NOT transport=secured");
    }

    @Test
    void aPatternThatMatchesNoValueAnyMoreBreaksWithoutARewrite() throws IOException {
        DiffReport diff = plus(UpgradeFixtures.diff(V2321, V241), new Difference.ValuesChanged(
                Item.field("auth_request_finished", "transport", "Auth server request"),
                List.of("insecure", "trusted", "TLS"), List.of("insecure", "secured", "TLS", "tunnel")));

        UpgradeReport report = check("log_debug = event=auth_request_finished AND transport=tr*\n",
                UpgradeFixtures.reference(), diff);

        assertThat(rules(report)).contains("breaking value-removed");
        assertThat(findings(report)).filteredOn(f -> f.rule().equals("value-removed")).extracting(Finding::replacement)
                .containsOnlyNulls();
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
        ReferenceLoader.Loaded loaded = new ReferenceLoader().load(UpgradeFixtures.ROOT.resolve("swap-content"),
                "content");
        Reference swap = loaded.reference().orElseThrow();
        String event = "auth_passdb_request_finished";
        DiffReport diff = new DiffReport(V2321, Version.parse("2.4.0"), List.of(
                new Difference.Renamed(Item.field(event, "passdb_name", "own"), Item.field(event, "passdb", "own"),
                        Version.parse("2.4.0"), null),
                new Difference.Renamed(Item.field(event, "passdb", "own"), Item.field(event, "passdb_driver", "own"),
                        Version.parse("2.4.0"), null)));

        UpgradeReport report = check("""
                metric passdbs {
                  filter = event=auth_passdb_request_finished AND passdb=ldap
                  group_by = passdb passdb_name
                }
                """, swap, diff);

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
                "field `bytes_in` of `imap_command_finished` is renamed to `net_in_bytes` in 2.4.0: Renamed to `net_in_bytes`.");
        assertThat(rewrites(report)).containsExactly("log_debug = category=imap AND net_in_bytes>100");
    }

    @Test
    void withoutEventsARenameThatOtherEventsDoNotShareIsAWarningWithoutARewrite() throws IOException {
        DiffReport diff = plus(UpgradeFixtures.diff(V2321, V241), new Difference.Renamed(
                Item.field("auth_client_request_finished", "error", "own"),
                Item.field("auth_client_request_finished", "failure", "own"), Version.parse("2.4.0"), null));

        UpgradeReport report = check("log_debug = error=*\n", UpgradeFixtures.reference(), diff);

        assertThat(findings(report)).extracting(f -> f.severity().label() + ": " + f.message()).containsExactly(
                "warning: field `error` of `auth_client_request_finished` is renamed to `failure` in 2.4.0;"
                        + " other events keep it");
        assertThat(rewrites(report)).isEmpty();
    }

    @Test
    void aRenameOnOneOfTwoNamedEventsBreaksWithoutARewrite() throws IOException {
        UpgradeReport report = check("log_debug = (event=imap_command_finished OR event=proxy_session_finished)"
                + " AND (bytes_in>0 OR idle_secs>0)\n");

        assertThat(rules(report)).containsExactly("breaking field-renamed", "breaking field-renamed");
        assertThat(rewrites(report)).containsExactly(
                "log_debug = (event=imap_command_finished OR event=proxy_session_finished)"
                        + " AND (net_in_bytes>0 OR idle_usecs>0)");
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
                "warning: `event=auth_client_*` no longer matches `auth_client_cache_flush_finished` (removed),"
                        + " `auth_client_cache_flush_started` (removed)",
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
    void theSameReleaseTwiceReportsOnlyUnknownNames() throws IOException {
        DiffReport none = new DiffReport(V241, V241, List.of());

        UpgradeReport report = check("log_debug = event=imap_command_finished AND (bytes_in>0 OR net_in_bytes>0)\n",
                UpgradeFixtures.reference(), none);

        assertThat(findings(report)).extracting(Finding::message).containsExactly(
                "`imap_command_finished` has no field `bytes_in` in 2.4.1 (it was removed in 2.4.0)");
    }
}
