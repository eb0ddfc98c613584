package io.eventref.check;

import io.eventref.model.Field;
import io.eventref.model.FieldType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a documented field's value must be in a release: its type and, for string and string-list
 * fields, the allowed values (empty: any). {@code deprecation} is the warning to give when the
 * field occurs ("deprecated in 2.3.20"), or null. Immutable.
 */
final class FieldRule {

    private final FieldType type;
    private final Set<String> allowed;
    private final String notAllowed;
    private final String deprecation;

    FieldRule(FieldType type, List<String> values, String deprecation) {
        this.type = Objects.requireNonNull(type, "type");
        this.allowed = Set.copyOf(values);
        this.notAllowed = "expected one of " + values.stream().map(Got::quote).collect(Collectors.joining(", "));
        this.deprecation = deprecation;
    }

    /** The rule for {@code field} as it stood in the release ({@code field} comes from {@code Reference.asOf}). */
    static FieldRule of(Field field) {
        boolean enumerated = field.type() == FieldType.STRING || field.type() == FieldType.STRING_LIST;
        return new FieldRule(field.type(), enumerated ? field.values() : List.of(),
                Notes.deprecation(field.lifecycle()));
    }

    FieldType type() {
        return type;
    }

    /** Whether only listed values are allowed. */
    boolean enumerated() {
        return !allowed.isEmpty();
    }

    /** Whether a string (or a string-list element) may be {@code value}. */
    boolean allows(String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    /** "expected ..." for a value of the wrong JSON type. */
    String typeMismatch() {
        return switch (type) {
            case STRING -> "expected string";
            case INTEGER -> "expected integer";
            case TIMESTAMP -> ValueCheck.TIMESTAMP;
            case STRING_LIST -> "expected array of strings";
        };
    }

    /** "expected one of ..." (in the documented order) for a string outside the allowed values. */
    String notAllowed() {
        return notAllowed;
    }

    String deprecation() {
        return deprecation;
    }
}
