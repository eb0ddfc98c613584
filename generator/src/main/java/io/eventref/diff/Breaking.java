package io.eventref.diff;

import java.util.Objects;

/**
 * A change that can break what integrators built on the older release (dashboards, exporters,
 * parsers). {@code subject} names the thing as it was called in the older release; {@code why} says
 * what happened, in inline Markdown.
 */
public record Breaking(Kind kind, Item subject, String why) {

    /** The kinds of breaking change. */
    public enum Kind {
        EVENT_REMOVED("event-removed", "Event removed"),
        EVENT_RENAMED("event-renamed", "Event renamed"),
        FIELD_REMOVED("field-removed", "Field removed"),
        FIELD_RENAMED("field-renamed", "Field renamed"),
        TYPE_CHANGED("type-changed", "Type changed"),
        VALUES_NARROWED("values-narrowed", "Allowed values narrowed"),
        CATEGORY_REMOVED("category-removed", "Category removed"),
        CATEGORY_RENAMED("category-renamed", "Category renamed");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The kind as the JSON report writes it, such as {@code field-removed}. */
        public String id() {
            return id;
        }

        /** The kind for people, such as "Field removed". */
        public String label() {
            return label;
        }
    }

    public Breaking {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(why, "why");
    }
}
