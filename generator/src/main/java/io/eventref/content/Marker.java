package io.eventref.content;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.Objects;

/** A version marker as written: {@code Changed in version 2.3.11: note}; {@code note} may be empty. */
public record Marker(MarkerKind kind, Version version, String note, SourceRef source) {

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
    }
}
