package io.eventref.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a configuration that name events: its {@code metric} and {@code event_exporter}
 * blocks and its event filter settings, wherever they stand, in reading order, and the syntax the
 * configuration is written in. Everything else is ignored.
 */
public record StatsSettings(ConfigSyntax syntax, List<NamedBlock> metrics, List<NamedBlock> exporters,
        List<FilterSetting> filterSettings) {

    public StatsSettings {
        Objects.requireNonNull(syntax, "syntax");
        metrics = List.copyOf(metrics);
        exporters = List.copyOf(exporters);
        filterSettings = List.copyOf(filterSettings);
    }

    public static StatsSettings of(ConfigSection root) {
        List<NamedBlock> metrics = new ArrayList<>();
        List<NamedBlock> exporters = new ArrayList<>();
        List<FilterSetting> filters = new ArrayList<>();
        collect(root, "", metrics, exporters, filters);
        return new StatsSettings(ConfigSyntax.detect(root, metrics, exporters), metrics, exporters, filters);
    }

    private static void collect(ConfigSection section, String scope, List<NamedBlock> metrics,
            List<NamedBlock> exporters, List<FilterSetting> filters) {
        for (ConfigEntry entry : section.entries()) {
            if (entry instanceof ConfigSetting setting && FilterSetting.KEYS.contains(setting.name())) {
                filters.add(new FilterSetting(setting, scope));
            } else if (entry instanceof ConfigSection inner) {
                String type = inner.type().text();
                if (type.equals("metric")) {
                    metrics.add(new NamedBlock(inner, "metric"));
                } else if (type.equals("event_exporter")) {
                    exporters.add(new NamedBlock(inner, "event_exporter"));
                } else {
                    collect(inner, scope.isEmpty() ? inner.label() : scope + " / " + inner.label(), metrics,
                            exporters, filters);
                }
            }
        }
    }

    /** The exporter called {@code name}, if the configuration defines it. */
    public Optional<NamedBlock> exporter(String name) {
        return exporters.stream().filter(exporter -> exporter.name().equals(name)).reduce((first, last) -> last);
    }
}
