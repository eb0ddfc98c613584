package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A Dovecot release the reference speaks of. {@code released} is false for a version that
 * markers name but that never shipped as such; {@code date} (ISO) and {@code note} may be null;
 * {@code editions} are those the reference documents for this release (never empty).
 */
public record Release(Version version, boolean released, String date, String note, List<Edition> editions) {

    public Release {
        Objects.requireNonNull(version, "version");
        editions = List.copyOf(editions);
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("editions: a release documents at least one edition");
        }
    }

    /** A release documented for the community edition only. */
    public Release(Version version, boolean released, String date, String note) {
        this(version, released, date, note, List.of(Edition.COMMUNITY));
    }

    /** Whether the reference documents what {@code edition} emits in this release. */
    public boolean covers(Edition edition) {
        return editions.contains(edition);
    }
}
