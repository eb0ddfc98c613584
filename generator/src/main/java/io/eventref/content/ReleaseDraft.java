package io.eventref.content;

import io.eventref.model.SourceRef;
import java.util.Objects;

/** An entry of {@code releases.yaml} as written; {@code date} and {@code note} may be null. */
public record ReleaseDraft(String version, boolean released, String date, String note, SourceRef source) {

    public ReleaseDraft {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
    }
}
