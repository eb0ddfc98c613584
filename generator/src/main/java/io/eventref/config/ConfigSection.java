package io.eventref.config;

import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code type [name] { ... }}: a section (a filter such as {@code protocol imap}, a named list item
 * such as {@code metric imap_commands}) and its entries in reading order, includes expanded. The
 * root of a configuration is a section of type {@code ""}. {@code name} is empty when there is none.
 */
public record ConfigSection(SourceText type, SourceText name, List<ConfigEntry> entries) implements ConfigEntry {

    public ConfigSection {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }

    @Override
    public SourceRef at() {
        return type.start();
    }

    /** The last setting called {@code key} directly in this section (the last one is the one Dovecot uses). */
    public Optional<ConfigSetting> setting(String key) {
        ConfigSetting found = null;
        for (ConfigEntry entry : entries) {
            if (entry instanceof ConfigSetting setting && setting.name().equals(key)) {
                found = setting;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The sections of type {@code type} directly in this section, in reading order. */
    public List<ConfigSection> sections(String type) {
        return entries.stream()
                .filter(entry -> entry instanceof ConfigSection section && section.type().text().equals(type))
                .map(ConfigSection.class::cast)
                .toList();
    }

    /** "metric imap_commands", "protocol imap", "service": how messages name the section. */
    public String label() {
        return name.isEmpty() ? type.text() : type.text() + " " + name.text();
    }
}
