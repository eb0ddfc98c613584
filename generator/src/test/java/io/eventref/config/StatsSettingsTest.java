package io.eventref.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.model.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsSettingsTest {

    @TempDir
    Path folder;

    private StatsSettings read(String text) throws IOException {
        Path file = folder.resolve("dovecot.conf");
        Files.writeString(file, text);
        return StatsSettings.of(new ConfigReader().read(file, "dovecot.conf").root());
    }

    @Test
    void findsMetricsExportersAndFilterSettingsWhereverTheyStand() throws IOException {
        StatsSettings settings = read("""
                log_debug = category=auth
                protocol imap {
                  log_core_filter = category=imap
                  metric inner {
                    filter = event=x
                  }
                }
                metric outer {
                  metric_filter = event=y
                }
                event_exporter log {
                }
                """);

        assertThat(settings.metrics()).extracting(NamedBlock::name).containsExactly("inner", "outer");
        assertThat(settings.metrics().get(1).setting("filter").orElseThrow().value().text()).isEqualTo("event=y");
        assertThat(settings.exporters()).extracting(NamedBlock::name).containsExactly("log");
        assertThat(settings.filterSettings()).extracting(FilterSetting::label)
                .containsExactly("log_debug", "protocol imap / log_core_filter");
    }

    @Test
    void aConfigVersionMeans24() throws IOException {
        ConfigSyntax syntax = read("dovecot_config_version = 2.4.1\n").syntax();

        assertThat(syntax.line()).isEqualTo(ConfigSyntax.Line.DOVECOT_2_4);
        assertThat(syntax.configVersion()).isEqualTo(Version.parse("2.4.1"));
        assertThat(syntax.evidence()).isEqualTo("dovecot_config_version = 2.4.1");
    }

    @Test
    void groupBySectionsOrAnExporterDriverMean24() throws IOException {
        assertThat(read("metric m {\n  group_by f {\n  }\n}\n").syntax().line()).isEqualTo(ConfigSyntax.Line.DOVECOT_2_4);
        assertThat(read("event_exporter e {\n  driver = log\n}\n").syntax().evidence())
                .isEqualTo("event_exporter e has a driver");
    }

    @Test
    void theMetricSettingsOfOldMeanLegacy23() throws IOException {
        ConfigSyntax syntax = read("metric m {\n  event_name = x\n}\n").syntax();

        assertThat(syntax.line()).isEqualTo(ConfigSyntax.Line.DOVECOT_2_3);
        assertThat(syntax.legacyMetrics()).isTrue();
        assertThat(read("metric m {\n  filter {\n    a = b\n  }\n}\n").syntax().legacyMetrics()).isTrue();
    }

    @Test
    void anythingElseIs23() throws IOException {
        ConfigSyntax syntax = read("metric m {\n  filter = event=x\n}\n").syntax();

        assertThat(syntax.line()).isEqualTo(ConfigSyntax.Line.DOVECOT_2_3);
        assertThat(syntax.legacyMetrics()).isFalse();
        assertThat(syntax.evidence()).isEqualTo("no dovecot_config_version");
    }
}
