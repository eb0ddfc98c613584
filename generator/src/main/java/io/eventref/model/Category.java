package io.eventref.model;

import java.util.Objects;

/** An event category such as {@code imap} or {@code service:<name>}; {@code parent} may be null. */
public record Category(String name, String parent, Description description, Lifecycle lifecycle, SourceRef source) {

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(source, "source");
    }
}
