package io.eventref.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code metric NAME { }} or {@code event_exporter NAME { }} section of the statistics settings.
 * Its settings may be written short ({@code filter}) or, in 2.4, with the block's prefix
 * ({@code metric_filter}); {@link #setting} finds either, the last one written winning as in Dovecot.
 */
public record NamedBlock(ConfigSection section, String prefix) {

    public NamedBlock {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(prefix, "prefix");
    }

    public String name() {
        return section.name().text();
    }

    /** The last setting {@code key} or {@code <prefix>_key} in the block. */
    public Optional<ConfigSetting> setting(String key) {
        ConfigSetting found = null;
        for (ConfigEntry entry : section.entries()) {
            if (entry instanceof ConfigSetting setting
                    && (setting.name().equals(key) || setting.name().equals(prefix + "_" + key))) {
                found = setting;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The sections {@code type} or {@code <prefix>_type} in the block, in reading order. */
    public List<ConfigSection> sections(String type) {
        List<ConfigSection> found = new ArrayList<>(section.sections(type));
        found.addAll(section.sections(prefix + "_" + type));
        found.sort((a, b) -> a.at().compareTo(b.at()));
        return List.copyOf(found);
    }
}
