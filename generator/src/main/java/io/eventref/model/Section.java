package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A top-level section of the reference (one content file): its id (used in URLs), title, the
 * events and groups it declares in reading order, and the edition of Dovecot whose events it holds.
 */
public record Section(
        String id,
        String title,
        int order,
        Description description,
        Lifecycle lifecycle,
        List<String> groups,
        List<String> events,
        SourceRef source,
        Edition edition) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifecycle, "lifecycle");
        groups = List.copyOf(groups);
        events = List.copyOf(events);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(edition, "edition");
    }

    /** A section of the community edition. */
    public Section(String id, String title, int order, Description description, Lifecycle lifecycle,
            List<String> groups, List<String> events, SourceRef source) {
        this(id, title, order, description, lifecycle, groups, events, source, Edition.COMMUNITY);
    }
}
