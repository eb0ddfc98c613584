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
 * field occurs ("deprecated in 2.3.20"), or null. A context field (one that the context the event
 * runs in adds, such as the IMAP client's {@code user}) says so in its messages. Immutable.
 */
final class FieldRule {

    private final FieldType type;
    private final Set<String> allowed;
    private final String notAllowed;
    private final String typeMismatch;
    private final String deprecation;
    private final String context;

    /** {@code context}: the group of the context that adds the field, or null for the event's own fields. */
    FieldRule(FieldType type, List<String> values, String deprecation, String context) {
        this.type = Objects.requireNonNull(type, "type");
        this.allowed = Set.copyOf(values);
        String from = context == null ? "" : " (a context field, from " + context + ")";
        this.notAllowed = "expected one of " + values.stream().map(Got::quote).collect(Collectors.joining(", ")) + from;
        this.typeMismatch = mismatch(type) + from;
        this.deprecation = deprecation == null ? null : deprecation + from;
        this.context = context;
    }

    FieldRule(FieldType type, List<String> values, String deprecation) {
        this(type, values, deprecation, null);
    }

    /** The rule for {@code field} as it stood in the release ({@code field} comes from {@code Reference.asOf}). */
    static FieldRule of(Field field) {
        return of(field, null);
    }

    /** The rule for a field that the context {@code context} adds to the event. */
    static FieldRule ofContext(Field field) {
        return of(field, field.origin());
    }

    private static FieldRule of(Field field, String context) {
        boolean enumerated = field.type() == FieldType.STRING || field.type() == FieldType.STRING_LIST;
        return new FieldRule(field.type(), enumerated ? field.values() : List.of(),
                Notes.deprecation(field.lifecycle()), context);
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
        return typeMismatch;
    }

    private static String mismatch(FieldType type) {
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

    /** The group of the context that adds the field to the event, or null for the event's own fields. */
    String context() {
        return context;
    }
}
