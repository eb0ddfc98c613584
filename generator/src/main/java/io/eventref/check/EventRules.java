package io.eventref.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a documented event's lines must hold in a release. {@code variants} has one entry per
 * declaration (two when two processes emit the event; a line is valid when it fits one of them).
 * {@code absentFields} maps names of the event's fields that are not in this release to why
 * ("removed in 2.3.18"); {@code deprecation} is the warning for the event itself, or null. Immutable.
 */
record EventRules(String name, List<Variant> variants, Map<String, String> absentFields, String deprecation) {

    /**
     * One declaration's fields by name, and the rules of its fields that stand for many names
     * ({@code id_param_<param>}) by their pattern; {@code process} is null unless the event has several.
     */
    record Variant(String process, Map<String, FieldRule> fields, List<Map.Entry<Pattern, FieldRule>> patterns) {
        Variant {
            fields = Map.copyOf(fields);
            patterns = List.copyOf(patterns);
        }

        /** The rule of the field called {@code name}: by name, else by the first pattern it matches; or null. */
        FieldRule rule(String name) {
            FieldRule rule = fields.get(name);
            if (rule != null || patterns.isEmpty()) {
                return rule;
            }
            for (Map.Entry<Pattern, FieldRule> pattern : patterns) {
                if (pattern.getKey().matcher(name).matches()) {
                    return pattern.getValue();
                }
            }
            return null;
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
