package io.eventref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeCheckCommandTest {

    private static final Path FIXTURE = Fixtures.fixture("upgrade-check");
    private final String content = FIXTURE.resolve("content").toString();

    private static String config(String name) {
        return FIXTURE.resolve("configs").resolve(name).resolve("dovecot.conf").toString();
    }

    private Cli run(String config, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "upgrade-check";
        args[1] = "--config=" + config;
        args[2] = "--content";
        args[3] = content;
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(args);
    }

    @Test
    void theScenarioOfTheIssueBreaksAndExitsOne() {
        Cli cli = run(config("done-when"), "--from", "2.3.21", "--to", "2.4.1");

        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("is renamed to `net_in_bytes` in 2.4.0")
                .contains("is renamed to `net_out_bytes` in 2.4.0")
                .contains("field `service` of `auth_request_finished` is renamed to `protocol` in 2.4.0")
                .contains("field `passdb_name` of `auth_passdb_request_finished` is renamed to `passdb` in 2.4.0")
                .contains("event `auth_client_cache_flush_finished` is removed in 2.4.0")
                .contains("    fields = net_in_bytes net_out_bytes\n")
                .endsWith("4 of 4 break: 5 breaking findings, 0 warnings, 0 notes in 4 metrics\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aConfigThatNamesNothingThatChangedExitsZero() {
        Cli cli = run(config("untouched"), "--from", "2.3.21");

        assertThat(cli.status()).as(cli.err()).isZero();
        // 2.4.2 is listed but not released: --to defaults to the newest release that shipped
        assertThat(cli.out()).contains("from 2.3.21 to 2.4.1").contains("nothing breaks");
    }

    @Test
    void warningsAndNotesAloneExitZero() {
        Cli cli = run(config("v24"));

        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).contains("from: 2.4.0, the newest release up to the config's dovecot_config_version")
                .contains("warning: field `reason` of `mail_cache_decision_changed` is deprecated in 2.4.1");
    }

    @Test
    void aMalformedConfigExitsTwoAndStillReportsTheRest() {
        Cli cli = run(config("malformed"));

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).contains("dovecot.conf:2:53: error: the filter of metric unclosed_string is malformed")
                .contains("metric fine (");
        assertThat(cli.err()).endsWith("has 8 errors that Dovecot would reject\n");
    }

    @Test
    void anUnreadableConfigExitsTwo() {
        Cli cli = run(FIXTURE.resolve("configs/none.conf").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("eventref: cannot read the config ").endsWith("none.conf: no such file\n");
    }

    @Test
    void jsonIsTheReportForTools() throws IOException {
        Cli cli = run(config("done-when"), "--from", "2.3.21", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.status()).isEqualTo(1);
        assertThat(json.at("/summary/breaking").asInt()).isEqualTo(5);
        assertThat(json.at("/targets/0/findings/0/replacement").asText()).isEqualTo("net_in_bytes");
        assertThat(json.at("/targets/0/rewrites/0/after").asText()).isEqualTo("fields = net_in_bytes net_out_bytes");
    }

    @Test
    void githubFormatAnnotatesTheConfigsLines() {
        Cli cli = run(config("v23"), "--format", "github");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines())
                .anySatisfy(line -> assertThat(line).matches("::error file=.*/v23/conf\\.d/10-metrics\\.conf,line=3,col=13,"
                        + "title=field-renamed \\(2\\.3\\.21 to 2\\.4\\.1\\)::metric imap_big: field `bytes_in` .*"))
                .anySatisfy(line -> assertThat(line).startsWith("::warning file=").contains("title=unknown-event"))
                .allSatisfy(line -> assertThat(line).matches("::(error|warning|notice) file=[^:]*,line=\\d+,col=\\d+,title=.*::.*"));
    }

    @Test
    void followsIncludesRelativeToTheConfig(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("conf.d"));
        Files.writeString(folder.resolve("conf.d/metrics.conf"), "metric m {\n  filter = event=sql_query_done\n}\n");
        Files.writeString(folder.resolve("dovecot.conf"), "!include conf.d/*.conf\n");

        Cli cli = run(folder.resolve("dovecot.conf").toString(), "--from", "2.3.21", "--to", "2.4.0");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains("conf.d/metrics.conf:2:18: breaking: event `sql_query_done` is renamed to"
                + " `sql_query_finished` in 2.4.0");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(config("v24"), "--to", "2.3.21").err()).contains("--from 2.4.0 is after --to 2.3.21");
        assertThat(run(config("v24"), "--from", "2.4.1", "--to", "2.4.0").status()).isEqualTo(2);
        assertThat(run(config("v24"), "--from", "2.9.9").err()).contains("--from: '2.9.9' is not a listed release");
        assertThat(run(config("v24"), "--format", "pdf").status()).isEqualTo(2);
        assertThat(Cli.run("upgrade-check", "--content", content).err()).contains("Missing required option: '--config=FILE'");
    }

    @Test
    void contentWithErrorsExitsOneAsEveryCommandDoes() {
        Cli cli = Cli.run("upgrade-check", "--config", config("v24"),
                "--content", Fixtures.fixture("rules/unknown-type").resolve("content").toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).contains("[unknown-type]").contains("upgrade-check: the content has errors; fix them first");
    }
}
