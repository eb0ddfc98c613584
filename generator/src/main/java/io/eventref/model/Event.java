package io.eventref.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event Dovecot emits. {@code process} names the emitting process when the same event name is
 * declared for several processes, else it is null. {@code fields} are resolved: own fields,
 * then inherited ones, then global ones, each with its effective lifecycle on this event.
 * {@code contexts} are the groups whose fields a running server adds to the event from the context
 * it is emitted in (the IMAP command, the LMTP recipient, ...), every one that applies, nearest
 * first; {@code contextFields} are those fields, less the ones {@code fields} has, each with the
 * group that declares it as its origin. {@code edition}: the edition of Dovecot that emits it.
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
        SourceRef source,
        List<String> contexts,
        List<Field> contextFields,
        Edition edition) {

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
        contexts = List.copyOf(contexts);
        contextFields = List.copyOf(contextFields);
        Objects.requireNonNull(edition, "edition");
    }

    /** An event of the community edition, emitted in no documented context. */
    public Event(String name, String process, List<String> aliases, String section, Description description,
            List<String> categories, List<String> inherits, Lifecycle lifecycle, List<Field> fields,
            SourceRef source) {
        this(name, process, aliases, section, description, categories, inherits, lifecycle, fields, source, List.of(),
                List.of(), Edition.COMMUNITY);
    }

    /** Whether {@code candidate} is this event's name or one of its aliases. */
    public boolean isCalled(String candidate) {
        return name.equals(candidate) || aliases.contains(candidate);
    }

    /** The field called {@code fieldName}, if the event carries it (context fields aside). */
    public Optional<Field> findField(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The context field called {@code fieldName}, if a context of the event adds it. */
    public Optional<Field> findContextField(String fieldName) {
        return contextFields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }
}
