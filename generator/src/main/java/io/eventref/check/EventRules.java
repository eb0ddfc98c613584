package io.eventref.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a documented event's lines must hold in a release. {@code variants} has one entry per
 * declaration (two when two processes emit the event; a line is valid when it fits one of them).
 * {@code absentFields} maps names of the event's fields that are not in this release to why
 * ("removed in 2.3.18"); {@code deprecation} is the warning for the event itself, or null. Immutable.
 */
record EventRules(String name, List<Variant> variants, Map<String, String> absentFields, String deprecation) {

    /** One declaration's fields by name; {@code process} is null unless the event has several. */
    record Variant(String process, Map<String, FieldRule> fields) {
        Variant {
            fields = Map.copyOf(fields);
        }
    }

    EventRules {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        absentFields = Map.copyOf(absentFields);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: an event has at least one declaration: " + name);
        }
    }
}
