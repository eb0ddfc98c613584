package io.eventref.model;

import java.util.Objects;

/**
 * An event category such as {@code imap} or {@code service:<name>}; {@code parent} may be null;
 * {@code edition}: the edition of Dovecot that has it.
 */
public record Category(String name, String parent, Description description, Lifecycle lifecycle, SourceRef source,
        Edition edition) {

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(edition, "edition");
    }

    /** A category of the community edition. */
    public Category(String name, String parent, Description description, Lifecycle lifecycle, SourceRef source) {
        this(name, parent, description, lifecycle, source, Edition.COMMUNITY);
    }
}
