package io.eventref.config;

import io.eventref.model.SourceRef;
import java.util.Objects;

/**
 * {@code key = value}. {@code value} is the value as Dovecot takes it: white space around it dropped,
 * continued lines joined with a space, the quotes of a quoted value removed and its escapes undone.
 * {@code form} says how it was written.
 */
public record ConfigSetting(SourceText key, SourceText value, Form form) implements ConfigEntry {

    /** How a value was written. */
    public enum Form {
        /** As is. */
        PLAIN,
        /** In single or double quotes. */
        QUOTED,
        /** {@code key = <path}: the value is the content of a file, and {@code value} its path (not read). */
        FILE,
        /** With a {@code $} that Dovecot expands (not expanded here). */
        VARIABLE
    }

    public ConfigSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(form, "form");
    }

    /** The key as written. */
    public String name() {
        return key.text();
    }

    @Override
    public SourceRef at() {
        return key.start();
    }
}
