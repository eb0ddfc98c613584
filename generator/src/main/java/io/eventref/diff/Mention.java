package io.eventref.diff;

import java.util.Objects;

/**
 * A thing a line of a report names, so that a page can link it: an event, a field of an event, a
 * category or a group (or event) that fields come through. {@code text} is the name as the line
 * writes it (between backticks, but for a group, which is plain text), as it was called in the
 * releases the report compares; {@code event} is the event of a field (null otherwise). Immutable.
 */
public record Mention(String text, Kind kind, String event) {

    /** What a mention names. */
    public enum Kind { EVENT, FIELD, CATEGORY, GROUP }

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FIELD) {
            Objects.requireNonNull(event, "event");
        }
    }

    static Mention event(String name) {
        return new Mention(name, Kind.EVENT, null);
    }

    static Mention field(String event, String field) {
        return new Mention(field, Kind.FIELD, event);
    }

    static Mention category(String name) {
        return new Mention(name, Kind.CATEGORY, null);
    }

    static Mention group(String name) {
        return new Mention(name, Kind.GROUP, null);
    }
}
