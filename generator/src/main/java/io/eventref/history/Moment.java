package io.eventref.history;

import io.eventref.model.Version;
import java.util.Objects;

/**
 * One entry of a timeline: in {@code version} the item (or, when {@code field} is not null, that
 * field of it) was added, changed, deprecated or removed. {@code version} is null only for
 * {@link What#ADDED}: present since the first listed release. {@code origin} is where a field comes
 * from ({@code own}, {@code global} or a group), else null; {@code note} may be null. For
 * {@link What#RENAMED}, {@code formerName} is the name the item (or field) had before, else null.
 */
public record Moment(Version version, What what, String field, String origin, String note, String formerName) {

    /** What happened. */
    public enum What {
        ADDED("added"), RENAMED("renamed"), CHANGED("changed"), DEPRECATED("deprecated"), REMOVED("removed");

        private final String id;

        What(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Moment {
        Objects.requireNonNull(what, "what");
        if (version == null && what != What.ADDED) {
            throw new IllegalArgumentException("version: only an addition may be undated, got " + what);
        }
        if (field != null) {
            Objects.requireNonNull(origin, "origin");
        }
        if ((what == What.RENAMED) != (formerName != null)) {
            throw new IllegalArgumentException("formerName: set for a rename only, got " + formerName + " for " + what);
        }
    }

    /** A moment that is no rename. */
    public Moment(Version version, What what, String field, String origin, String note) {
        this(version, what, field, origin, note, null);
    }
}
