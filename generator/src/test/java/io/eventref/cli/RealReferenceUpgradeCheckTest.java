package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventref upgrade-check} on the project's real reference: the scenario of issue 12, a Dovecot
 * 2.3 statistics config upgraded from 2.3.21 to 2.4.1, names each replacement or removal and exits 1;
 * a config that names nothing that changed exits 0.
 */
class RealReferenceUpgradeCheckTest {

    @TempDir
    Path folder;

    private Cli check(String config) throws IOException {
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, config);
        return Cli.run("upgrade-check", "--config", file.toString(), "--content", Fixtures.content().toString(),
                "--from", "2.3.21", "--to", "2.4.1");
    }

    @Test
    void theScenarioOfTheIssueNamesEachReplacementOrRemovalAndExitsOne() throws IOException {
        Cli cli = check("""
                metric imap_traffic {
                  filter = event=imap_command_finished
                  fields = bytes_in bytes_out
                }
                metric auth_by_service {
                  filter = event=auth_request_finished
                  group_by = service
                }
                metric passdb_lookups {
                  filter = event=auth_passdb_request_finished
                  group_by = passdb_name
                }
                metric auth_cache_flushes {
                  filter = event=auth_client_cache_flush_finished
                }
                """);

        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        assertThat(cli.out().lines().filter(line -> line.contains(": breaking: "))
                .map(line -> line.substring(line.indexOf(": breaking: ") + 2)))
                .containsExactly(
                        "breaking: field `bytes_in` of `imap_command_finished` is renamed to `net_in_bytes` in 2.4.0"
                                + " [field-renamed]",
                        "breaking: field `bytes_out` of `imap_command_finished` is renamed to `net_out_bytes` in 2.4.0"
                                + " [field-renamed]",
                        "breaking: field `service` of `auth_request_finished` is renamed to `protocol` in 2.4.0: the"
                                + " values are the same. [field-renamed]",
                        "breaking: field `passdb_name` of `auth_passdb_request_finished` is renamed to `passdb` in"
                                + " 2.4.0 [field-renamed]",
                        "breaking: event `auth_client_cache_flush_finished` is removed in 2.4.0: removed together with"
                                + " `auth_client_cache_flush_started`. [event-removed]");
        assertThat(cli.out()).contains("    fields = net_in_bytes net_out_bytes\n", "    group_by = protocol\n",
                "    group_by = passdb\n").endsWith("4 of 4 break: 5 breaking findings, 0 warnings, 0 notes in 4 metrics\n");
    }

    @Test
    void theSwapOfPassdbAndPassdbNameIsFollowedBothWays() throws IOException {
        Cli cli = check("""
                metric passdbs {
                  filter = event=auth_passdb_request_finished AND passdb=ldap
                  group_by = passdb passdb_name
                }
                """);

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains("    filter = event=auth_passdb_request_finished AND passdb_driver=ldap\n",
                "    group_by = passdb_driver passdb\n");
    }

    @Test
    void anUntouchedConfigExitsZero() throws IOException {
        Cli cli = check("""
                metric auth_failures {
                  filter = event=auth_request_finished AND NOT success=yes
                }
                metric imap_commands {
                  filter = event=imap_command_finished
                  group_by = cmd_name tagged_reply_state
                }
                """);

        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).endsWith("nothing breaks: 0 breaking findings, 0 warnings, 0 notes in 2 metrics\n");
    }

    @Test
    void aProOnlyEventIsNotReportedRemoved() throws IOException {
        Cli cli = check("""
                metric merges {
                  filter = event=obox_index_merge_finished
                }
                """);

        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).contains("warning: event `obox_index_merge_finished` is emitted by OX Dovecot Pro alone,"
                + " which the reference documents in 2.3.21, not in 2.4.1: the check cannot tell what becomes of it"
                + " [other-edition]");
    }
}
