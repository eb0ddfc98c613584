package io.eventref.content;

import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * An entry of {@code releases.yaml} as written; {@code date} and {@code note} may be null;
 * {@code editions} as written (empty when not given).
 */
public record ReleaseDraft(String version, boolean released, String date, String note, List<String> editions,
        SourceRef source) {

    public ReleaseDraft {
        Objects.requireNonNull(version, "version");
        editions = List.copyOf(editions);
        Objects.requireNonNull(source, "source");
    }
}
