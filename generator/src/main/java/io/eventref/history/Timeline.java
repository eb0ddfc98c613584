package io.eventref.history;

import java.util.List;
import java.util.Objects;

/**
 * The history of one item across the releases, oldest first. {@code name} is the event's (all its
 * declarations, one per emitting process, together), the category's, or {@code event.field}. Immutable.
 */
public record Timeline(Kind kind, String name, List<Moment> moments) {

    /** What the timeline is of. */
    public enum Kind {
        EVENT("event"), FIELD("field"), CATEGORY("category");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Timeline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        moments = List.copyOf(moments);
    }
}
