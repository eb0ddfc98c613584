package io.eventref.model;

import java.util.List;
import java.util.Objects;

/**
 * A field as an event or group carries it. {@code origin} says where it comes from: {@link #OWN}
 * for the item's own table, {@link #GLOBAL} for the global fields, else the name of the group (or
 * event) that declares it. {@code values} are the allowed values, empty when any value goes: the
 * current names of the {@code allowed} values that are not removed. {@code allowed} holds every
 * value with its lifecycle; given empty, it is made of {@code values}, each always allowed.
 */
public record Field(
        String name,
        FieldType type,
        List<String> values,
        Description description,
        Lifecycle lifecycle,
        String origin,
        SourceRef source,
        List<AllowedValue> allowed) {

    public static final String OWN = "own";
    public static final String GLOBAL = "global";

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (allowed.isEmpty()) {
            allowed = values.stream().map(value -> new AllowedValue(value, Lifecycle.ALWAYS)).toList();
        } else {
            allowed = List.copyOf(allowed);
            values = allowed.stream().filter(value -> value.lifecycle().removed() == null)
                    .map(AllowedValue::value).toList();
        }
        values = List.copyOf(values);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
    }

    /** A field whose values have no history of their own. */
    public Field(String name, FieldType type, List<String> values, Description description, Lifecycle lifecycle,
            String origin, SourceRef source) {
        this(name, type, values, description, lifecycle, origin, source, List.of());
    }

    public boolean isInherited() {
        return !OWN.equals(origin) && !GLOBAL.equals(origin);
    }

    public Field withLifecycle(Lifecycle newLifecycle) {
        return new Field(name, type, values, description, newLifecycle, origin, source, allowed);
    }

    /** The field as it was in {@code release}: the name it had then, its lifecycle as known then. */
    public Field asOf(Version release) {
        return new Field(lifecycle.nameIn(release, name), type, List.of(), description, lifecycle.asOf(release),
                origin, source, allowed.stream().filter(value -> value.lifecycle().existsIn(release))
                        .map(value -> value.asOf(release)).toList());
    }

    public Field withOrigin(String newOrigin) {
        return new Field(name, type, values, description, lifecycle, newOrigin, source, allowed);
    }
}
