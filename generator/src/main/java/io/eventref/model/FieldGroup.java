package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of common fields that events and other groups inherit. {@code fields} are resolved:
 * its own first, then inherited ones (each with the {@link Field#origin()} that declares it).
 */
public record FieldGroup(
        String name,
        String section,
        Description description,
        List<String> inherits,
        List<String> categories,
        Lifecycle lifecycle,
        List<Field> fields,
        SourceRef source) {

    public FieldGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(description, "description");
        inherits = List.copyOf(inherits);
        categories = List.copyOf(categories);
        Objects.requireNonNull(lifecycle, "lifecycle");
        fields = List.copyOf(fields);
        Objects.requireNonNull(source, "source");
    }

    /** The group's own fields, without inherited ones. */
    public List<Field> ownFields() {
        return fields.stream().filter(field -> Field.OWN.equals(field.origin())).toList();
    }
}
