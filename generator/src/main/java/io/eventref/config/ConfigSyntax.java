package io.eventref.config;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Dovecot line a configuration is written for, and what says so. Dovecot 2.4 requires
 * {@code dovecot_config_version} and writes {@code group_by} as sections; a 2.3 configuration has
 * neither. Before 2.3.13, metrics took {@code event_name}, {@code categories}, {@code source_location}
 * and a {@code filter { field = value }} section instead of a filter expression ({@code legacyMetrics}).
 * {@code configVersion} is null when the configuration names none (or not a valid one); {@code at}
 * points at the evidence, the start of the file when there is none.
 */
public record ConfigSyntax(Line line, Version configVersion, boolean legacyMetrics, String evidence, SourceRef at) {

    /** The release lines whose syntax differs. */
    public enum Line {
        DOVECOT_2_3("2.3"),
        DOVECOT_2_4("2.4");

        private final String label;

        Line(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The settings a metric took before 2.3.13 (besides a {@code filter} section). */
    public static final List<String> LEGACY_METRIC_KEYS = List.of("event_name", "categories", "source_location");

    public ConfigSyntax {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
    }

    static ConfigSyntax detect(ConfigSection root, List<NamedBlock> metrics, List<NamedBlock> exporters) {
        Optional<ConfigSetting> version = root.setting("dovecot_config_version");
        if (version.isPresent()) {
            String text = version.get().value().text();
            return new ConfigSyntax(Line.DOVECOT_2_4, Version.isValid(text) ? Version.parse(text) : null, false,
                    "dovecot_config_version = " + text, version.get().at());
        }
        for (NamedBlock metric : metrics) {
            if (!metric.sections("group_by").isEmpty()) {
                return new ConfigSyntax(Line.DOVECOT_2_4, null, false, "metric " + metric.name()
                        + " has group_by sections", metric.sections("group_by").get(0).at());
            }
        }
        for (NamedBlock exporter : exporters) {
            Optional<ConfigSetting> driver = exporter.setting("driver");
            if (driver.isPresent()) {
                return new ConfigSyntax(Line.DOVECOT_2_4, null, false, "event_exporter " + exporter.name()
                        + " has a driver", driver.get().at());
            }
        }
        for (NamedBlock metric : metrics) {
            for (String key : LEGACY_METRIC_KEYS) {
                if (metric.setting(key).isPresent()) {
                    return new ConfigSyntax(Line.DOVECOT_2_3, null, true, "metric " + metric.name() + " uses " + key,
                            metric.setting(key).get().at());
                }
            }
            if (!metric.section().sections("filter").isEmpty()) {
                return new ConfigSyntax(Line.DOVECOT_2_3, null, true, "metric " + metric.name()
                        + " has a filter section", metric.section().sections("filter").get(0).at());
            }
        }
        return new ConfigSyntax(Line.DOVECOT_2_3, null, false, "no dovecot_config_version", root.at());
    }
}
