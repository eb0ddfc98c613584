package io.eventref.content;

import io.eventref.model.Description;
import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A heading of a content file and what it owns directly, as written. {@code parent} is the index
 * (in {@link FileDraft#items()}) of the heading that holds it, or -1 for the section title.
 */
public record ItemDraft(
        int index,
        int parent,
        ItemKind kind,
        String name,
        int level,
        List<Marker> markers,
        List<Directive> directives,
        Description description,
        List<FieldDraft> fields,
        SourceRef source) {

    public ItemDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        markers = List.copyOf(markers);
        directives = List.copyOf(directives);
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        Objects.requireNonNull(source, "source");
    }

    /** The values of every directive of {@code kind}, in order. */
    public List<String> directiveValues(DirectiveKind kind) {
        return directives.stream()
                .filter(directive -> directive.kind() == kind)
                .flatMap(directive -> directive.values().stream())
                .toList();
    }
}
