package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of common fields that events and other groups inherit, or that a context adds to the
 * events emitted in it. {@code fields} are resolved: its own first, then inherited ones (each with
 * the {@link Field#origin()} that declares it). {@code contexts}: the contexts it is itself used in,
 * as declared and inherited. {@code edition}: the edition of Dovecot that has it.
 */
public record FieldGroup(
        String name,
        String section,
        Description description,
        List<String> inherits,
        List<String> categories,
        Lifecycle lifecycle,
        List<Field> fields,
        SourceRef source,
        List<String> contexts,
        Edition edition) {

    public FieldGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(description, "description");
        inherits = List.copyOf(inherits);
        categories = List.copyOf(categories);
        Objects.requireNonNull(lifecycle, "lifecycle");
        fields = List.copyOf(fields);
        Objects.requireNonNull(source, "source");
        contexts = List.copyOf(contexts);
        Objects.requireNonNull(edition, "edition");
    }

    /** A group of the community edition used in no context of its own. */
    public FieldGroup(String name, String section, Description description, List<String> inherits,
            List<String> categories, Lifecycle lifecycle, List<Field> fields, SourceRef source) {
        this(name, section, description, inherits, categories, lifecycle, fields, source, List.of(),
                Edition.COMMUNITY);
    }

    /** The group's own fields, without inherited ones. */
    public List<Field> ownFields() {
        return fields.stream().filter(field -> Field.OWN.equals(field.origin())).toList();
    }
}
