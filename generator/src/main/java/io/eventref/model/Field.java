package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A field as an event or group carries it. {@code origin} says where it comes from: {@link #OWN}
 * for the item's own table, {@link #GLOBAL} for the global fields, else the name of the group (or
 * event) that declares it. {@code values} are the allowed values, empty when any value goes.
 */
public record Field(
        String name,
        FieldType type,
        List<String> values,
        Description description,
        Lifecycle lifecycle,
        String origin,
        SourceRef source) {

    public static final String OWN = "own";
    public static final String GLOBAL = "global";

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
    }

    public boolean isInherited() {
        return !OWN.equals(origin) && !GLOBAL.equals(origin);
    }

    public Field withLifecycle(Lifecycle newLifecycle) {
        return new Field(name, type, values, description, newLifecycle, origin, source);
    }

    public Field withOrigin(String newOrigin) {
        return new Field(name, type, values, description, lifecycle, newOrigin, source);
    }
}
