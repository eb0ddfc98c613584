package io.eventref.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path folder;

    private ConfigReader.Result read(String text) throws IOException {
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, text);
        return new ConfigReader().read(file, "dovecot.conf");
    }

    private static ConfigSetting setting(ConfigSection section, String key) {
        return section.setting(key).orElseThrow();
    }

    private static List<String> messages(ConfigReader.Result result) {
        return result.diagnostics().sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsSettingsAndNestedSectionsWithPositions() throws IOException {
        ConfigReader.Result result = read("""
                protocols = imap lmtp
                metric imap_commands {
                  filter = event=imap_command_finished
                  group_by cmd_name {
                    method discrete {
                    }
                  }
                }
                """);

        assertThat(result.diagnostics().sorted()).isEmpty();
        assertThat(setting(result.root(), "protocols").value().text()).isEqualTo("imap lmtp");
        ConfigSection metric = result.root().sections("metric").get(0);
        assertThat(metric.label()).isEqualTo("metric imap_commands");
        assertThat(metric.at()).isEqualTo(new SourceRef("dovecot.conf", 2, 1));
        ConfigSetting filter = setting(metric, "filter");
        assertThat(filter.value().start()).isEqualTo(new SourceRef("dovecot.conf", 3, 12));
        assertThat(filter.value().at(6)).isEqualTo(new SourceRef("dovecot.conf", 3, 18));
        ConfigSection groupBy = metric.sections("group_by").get(0);
        assertThat(groupBy.name().text()).isEqualTo("cmd_name");
        assertThat(groupBy.name().start()).isEqualTo(new SourceRef("dovecot.conf", 4, 12));
        assertThat(groupBy.sections("method").get(0).name().text()).isEqualTo("discrete");
    }

    @Test
    void dropsCommentsButNotInsideQuotes() throws IOException {
        ConfigReader.Result result = read("""
                # a comment
                  a = 1 # trailing
                b = "x # y" # z
                c = event=x#y
                """);

        assertThat(setting(result.root(), "a").value().text()).isEqualTo("1");
        assertThat(setting(result.root(), "b").value().text()).isEqualTo("x # y");
        assertThat(setting(result.root(), "b").form()).isEqualTo(ConfigSetting.Form.QUOTED);
        assertThat(setting(result.root(), "c").value().text()).isEqualTo("event=x");
        assertThat(messages(result)).containsExactly("dovecot.conf:4:12: warning: '#' starts a comment here, as"
                + " Dovecot reads it; put a space before it to say so, or quote the value if it belongs to it"
                + " [ambiguous-comment]");
    }

    @Test
    void joinsContinuedLinesAndKeepsEachCharactersPosition() throws IOException {
        ConfigReader.Result result = read("""
                log_debug = event=a AND \\
                    # a comment inside is skipped
                    (category=imap OR \\
                     category=lmtp)
                """);

        ConfigSetting setting = setting(result.root(), "log_debug");
        assertThat(setting.value().text()).isEqualTo("event=a AND (category=imap OR category=lmtp)");
        int category = setting.value().text().indexOf("category=lmtp");
        assertThat(setting.value().at(category)).isEqualTo(new SourceRef("dovecot.conf", 4, 6));
        assertThat(setting.value().at(setting.value().text().indexOf('('))).isEqualTo(new SourceRef("dovecot.conf", 3, 5));
    }

    @Test
    void unquotesAQuotedValueAndPointsIntoIt() throws IOException {
        ConfigReader.Result result = read("filter = \"event=x AND y=\\\"a b\\\"\"\n");

        ConfigSetting filter = setting(result.root(), "filter");
        assertThat(filter.value().text()).isEqualTo("event=x AND y=\"a b\"");
        assertThat(filter.value().start()).isEqualTo(new SourceRef("dovecot.conf", 1, 11));
        assertThat(filter.value().at(filter.value().text().indexOf("a b"))).isEqualTo(new SourceRef("dovecot.conf", 1, 27));
    }

    @Test
    void marksValuesReadFromFilesAndVariables() throws IOException {
        ConfigReader.Result result = read("""
                ssl_key = </etc/ssl/key.pem
                mail_plugins = $mail_plugins quota
                """);

        assertThat(setting(result.root(), "ssl_key").form()).isEqualTo(ConfigSetting.Form.FILE);
        assertThat(setting(result.root(), "ssl_key").value().text()).isEqualTo("/etc/ssl/key.pem");
        assertThat(setting(result.root(), "mail_plugins").form()).isEqualTo(ConfigSetting.Form.VARIABLE);
    }

    @Test
    void readsQuotedKeysAndSectionNamesAndGroups() throws IOException {
        ConfigReader.Result result = read("""
                "quoted key" = 1
                metric "two words" {
                }
                group @metrics imap {
                }
                """);

        assertThat(result.diagnostics().sorted()).isEmpty();
        assertThat(result.root().setting("quoted key")).isPresent();
        assertThat(result.root().sections("metric").get(0).name().text()).isEqualTo("two words");
        assertThat(result.root().sections("group").get(0).name().text()).isEqualTo("@metrics imap");
    }

    @Test
    void followsIncludesRelativeToTheIncludingFileInNameOrder() throws IOException {
        Files.createDirectories(folder.resolve("conf.d"));
        Files.writeString(folder.resolve("conf.d/20-b.conf"), "b = 2\n");
        Files.writeString(folder.resolve("conf.d/10-a.conf"), "a = 1\n!include ../extra/x.conf\n");
        Files.createDirectories(folder.resolve("extra"));
        Files.writeString(folder.resolve("extra/x.conf"), "x = 3\n");
        ConfigReader.Result result = read("""
                metric m {
                  !include conf.d/*.conf
                }
                !include_try missing.conf
                !include_try nothing/*.conf
                """);

        assertThat(result.diagnostics().sorted()).isEmpty();
        ConfigSection metric = result.root().sections("metric").get(0);
        assertThat(metric.entries()).extracting(entry -> ((ConfigSetting) entry).name()).containsExactly("a", "x", "b");
        assertThat(setting(metric, "x").at()).isEqualTo(new SourceRef("extra/x.conf", 1, 1));
        assertThat(setting(metric, "b").at()).isEqualTo(new SourceRef("conf.d/20-b.conf", 1, 1));
    }

    @Test
    void reportsIncludesItCannotFollow() throws IOException {
        Files.writeString(folder.resolve("loop.conf"), "!include loop.conf\n");
        ConfigReader.Result result = read("""
                !include missing.conf
                !include none/*.conf
                !include loop.conf
                """);

        assertThat(messages(result)).containsExactly(
                "dovecot.conf:1:10: error: cannot read 'missing.conf': no such file [include]",
                "dovecot.conf:2:10: error: no file matches 'none/*.conf' [include]",
                "loop.conf:1:10: error: 'loop.conf' includes itself [include]");
    }

    @Test
    void reportsLinesDovecotRejects() throws IOException {
        ConfigReader.Result result = read("""
                metric m { filter = x
                }
                }
                what
                metric n {
                  x = 1
                """);

        assertThat(messages(result)).containsExactly(
                "dovecot.conf:1:12: error: unexpected text after '{': a section's entries go on the lines below it"
                        + " [config-syntax]",
                "dovecot.conf:3:1: error: '}' closes no section [config-syntax]",
                "dovecot.conf:4:1: error: expected 'key = value', 'section {' or '}', found 'what' [config-syntax]",
                "dovecot.conf:5:1: error: section 'metric n' is not closed: a '}' is missing [config-syntax]");
        assertThat(result.root().sections("metric")).extracting(ConfigSection::label)
                .containsExactly("metric m", "metric n");
    }

    @Test
    void anUnreadableFileIsAnIoException() {
        Assertions.assertThatThrownBy(() -> new ConfigReader().read(folder.resolve("nope.conf"), "nope.conf"))
                .isInstanceOf(NoSuchFileException.class);
    }
}
