package io.eventref.site;

import io.eventref.model.Description;
import java.util.Objects;

/**
 * Prose the site shows beside the reference, written apart from the content ({@code docs/}):
 * {@code checkYourConfig} explains {@code eventref upgrade-check} ({@code docs/upgrade-check.md}), and
 * ends each upgrade page. An empty description is not shown. Its HTML is sanitised like any other.
 */
public record Guides(Description checkYourConfig) {

    /** No prose: the upgrade pages go without "Check your config". */
    public static final Guides NONE = new Guides(Description.EMPTY);

    public Guides {
        Objects.requireNonNull(checkYourConfig, "checkYourConfig");
    }
}
