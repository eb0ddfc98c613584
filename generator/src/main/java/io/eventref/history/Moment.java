package io.eventref.history;

import io.eventref.model.Version;
import java.util.Objects;

/**
 * One entry of a timeline: in {@code version} the item (or, when {@code field} is not null, that
 * field of it) was added, renamed, changed, deprecated or removed. {@code version} is null only for
 * {@link What#ADDED}: present since the first listed release. {@code origin} is where a field comes
 * from ({@code own}, {@code global} or a group), else null; {@code note} may be null. A rename's
 * {@code otherName} is the name before ({@link What#RENAMED_FROM}) or after ({@link What#RENAMED_TO}).
 */
public record Moment(Version version, What what, String field, String origin, String note, String otherName) {

    /** What happened. */
    public enum What {
        ADDED("added"), RENAMED_FROM("renamed-from"), RENAMED_TO("renamed-to"), CHANGED("changed"),
        DEPRECATED("deprecated"), REMOVED("removed");

        private final String id;

        What(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        boolean isRename() {
            return this == RENAMED_FROM || this == RENAMED_TO;
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
        if (what.isRename()) {
            Objects.requireNonNull(otherName, "otherName");
        }
    }
}
