package io.eventref.diff;

import io.eventref.model.Field;
import java.util.Objects;

/**
 * What a difference is about: an event, a field of an event, or a category. For a field,
 * {@code origin} says where the event gets it from, as {@link Field#origin()} does:
 * {@code own}, {@code global}, or the group (or event) it comes through. Unused parts are null.
 */
public record Item(String event, String field, String origin, String category) {

    /** The three things a report speaks of. */
    public enum Kind { EVENT, FIELD, CATEGORY }

    public Item {
        if (category == null) {
            Objects.requireNonNull(event, "event");
        }
        if (field != null) {
            Objects.requireNonNull(origin, "origin");
        }
    }

    public static Item event(String name) {
        return new Item(name, null, null, null);
    }

    public static Item field(String event, String field, String origin) {
        return new Item(event, Objects.requireNonNull(field, "field"), origin, null);
    }

    public static Item category(String name) {
        return new Item(null, null, null, Objects.requireNonNull(name, "name"));
    }

    public Kind kind() {
        if (category != null) {
            return Kind.CATEGORY;
        }
        return field != null ? Kind.FIELD : Kind.EVENT;
    }

    /** The name of the thing itself: the field's, the event's or the category's. */
    public String name() {
        return switch (kind()) {
            case EVENT -> event;
            case FIELD -> field;
            case CATEGORY -> category;
        };
    }

    /** Whether the field comes to the event through a group or another event (not own, not global). */
    public boolean isInherited() {
        return field != null && !Field.OWN.equals(origin) && !Field.GLOBAL.equals(origin);
    }
}
