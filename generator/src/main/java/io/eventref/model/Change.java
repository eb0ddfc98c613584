package io.eventref.model;

import java.util.Objects;

/** A "Changed in version X: note" entry. */
public record Change(Version version, String note) {

    public Change {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(note, "note");
    }
}
