package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * An event Dovecot emits. {@code process} names the emitting process when the same event name is
 * declared for several processes, else it is null. {@code fields} are resolved: own fields,
 * then inherited ones, then global ones, each with its effective lifecycle on this event.
 */
public record Event(
        String name,
        String process,
        List<String> aliases,
        String section,
        Description description,
        List<String> categories,
        List<String> inherits,
        Lifecycle lifecycle,
        List<Field> fields,
        SourceRef source) {

    public Event {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(description, "description");
        categories = List.copyOf(categories);
        inherits = List.copyOf(inherits);
        Objects.requireNonNull(lifecycle, "lifecycle");
        fields = List.copyOf(fields);
        Objects.requireNonNull(source, "source");
    }

    /** Whether {@code candidate} is this event's name or one of its aliases. */
    public boolean isCalled(String candidate) {
        return name.equals(candidate) || aliases.contains(candidate);
    }

    /** The field called {@code fieldName}, if the event carries it. */
    public java.util.Optional<Field> findField(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }
}
