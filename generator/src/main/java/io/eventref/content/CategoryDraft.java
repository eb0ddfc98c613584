package io.eventref.content;

import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;

/** A row of a categories table; {@code parent} may be null; {@code scope} indexes the heading above it. */
public record CategoryDraft(
        String name,
        String parent,
        Description description,
        List<Marker> markers,
        int scope,
        SourceRef source,
        SourceRef parentSource) {

    public CategoryDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        markers = List.copyOf(markers);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parentSource, "parentSource");
    }

    CategoryDraft withDescription(Description newDescription) {
        return new CategoryDraft(name, parent, newDescription, markers, scope, source, parentSource);
    }
}
