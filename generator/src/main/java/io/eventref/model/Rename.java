package io.eventref.model;

import java.util.Objects;

/**
 * A "Renamed in version X: from `old`" entry: from {@code version} on, the item has the name it
 * has next (the {@code from} of the following rename, or its current name). {@code note} is the
 * rest of the marker's text and may be null.
 */
public record Rename(Version version, String from, String note) {

    public Rename {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(from, "from");
    }
}
