package io.eventref.model;

import java.util.Arrays;
import java.util.Optional;

/** The type of a field's value in Dovecot's exported JSON. */
public enum FieldType {
    STRING("string"),
    INTEGER("integer"),
    /** Written like start_time: an RFC 3339 string or a unix number, as the exporter's time format says. */
    TIMESTAMP("timestamp"),
    STRING_LIST("string-list");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    /** The name content uses for the type, such as {@code string-list}. */
    public String id() {
        return id;
    }

    public static Optional<FieldType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
