package io.eventref.diff;

import java.util.List;
import java.util.Objects;

/**
 * An event or category in both releases that changed, with its differences: its own (notes,
 * deprecation, processes) and, for an event, those of its fields. Immutable.
 */
public record ChangedItem(String name, List<Difference> differences) {

    public ChangedItem {
        Objects.requireNonNull(name, "name");
        differences = List.copyOf(differences);
    }

    /** The differences of {@code type} about the item's fields, in order. */
    public <T extends Difference> List<T> fields(Class<T> type) {
        return differences.stream()
                .filter(type::isInstance)
                .filter(difference -> difference.subject().kind() == Item.Kind.FIELD)
                .map(type::cast)
                .toList();
    }

    /** The differences of {@code type} about the item itself, in order. */
    public <T extends Difference> List<T> own(Class<T> type) {
        return differences.stream()
                .filter(type::isInstance)
                .filter(difference -> difference.subject().kind() != Item.Kind.FIELD)
                .map(type::cast)
                .toList();
    }
}
