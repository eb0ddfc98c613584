package io.eventref.diff;

import io.eventref.model.FieldType;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;

/**
 * One difference between the reference as of two releases. Versions are the release in which the
 * difference happened; notes are the content's Markdown and may be null where the content gives none.
 */
public sealed interface Difference {

    /** What the difference is about (for a rename: the new name). */
    Item subject();

    /** The thing exists in the newer release only. {@code version}: the first release that has it. */
    record Added(Item subject, Version version) implements Difference {
        public Added {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(version, "version");
        }
    }

    /** The thing exists in the older release only. {@code version}: the first release without it. */
    record Removed(Item subject, Version version, String note) implements Difference {
        public Removed {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(version, "version");
        }
    }

    /** The thing called {@code before} in the older release is {@code subject} in the newer one. */
    record Renamed(Item before, Item subject, Version version, String note) implements Difference {
        public Renamed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(version, "version");
        }
    }

    /** The thing was deprecated in {@code version}, after the older release; it still exists. */
    record Deprecated(Item subject, Version version, String note) implements Difference {
        public Deprecated {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(version, "version");
        }
    }

    /** The thing was added and removed between the two releases: in neither, but in some release between. */
    record CameAndWent(Item subject, Version added, Version removed, String note) implements Difference {
        public CameAndWent {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(added, "added");
            Objects.requireNonNull(removed, "removed");
        }
    }

    /** A "Changed in version X: note" of a release after the older one, up to the newer one. */
    record Noted(Item subject, Version version, String note) implements Difference {
        public Noted {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(note, "note");
        }
    }

    /** A field's type differs. */
    record TypeChanged(Item subject, FieldType before, FieldType after) implements Difference {
        public TypeChanged {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** A value of a field that is {@code after} in the newer release was {@code before}, renamed in {@code version}. */
    record ValueRename(String before, String after, Version version) {
        public ValueRename {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * A field's allowed values differ; an empty list means any value goes. {@code renamed}: the values
     * of {@code before} that are in {@code after} under a new name.
     */
    record ValuesChanged(Item subject, List<String> before, List<String> after, List<ValueRename> renamed)
            implements Difference {
        public ValuesChanged {
            Objects.requireNonNull(subject, "subject");
            before = List.copyOf(before);
            after = List.copyOf(after);
            renamed = List.copyOf(renamed);
        }

        /** Values that differ, none of them renamed. */
        public ValuesChanged(Item subject, List<String> before, List<String> after) {
            this(subject, before, after, List.of());
        }

        /** Whether some value allowed before is no longer allowed. */
        public boolean narrowed() {
            return !after.isEmpty() && (before.isEmpty() || !after.containsAll(before));
        }

        /** The values allowed before and no longer; empty when any value went before. */
        public List<String> dropped() {
            return before.stream().filter(value -> !after.contains(value)).toList();
        }
    }

    /** A field comes to the event from somewhere else: {@code own}, {@code global} or a group's name. */
    record OriginChanged(Item subject, String before, String after) implements Difference {
        public OriginChanged {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The processes that declare an event differ (an event declared once has no process: empty). */
    record ProcessesChanged(Item subject, List<String> before, List<String> after) implements Difference {
        public ProcessesChanged {
            Objects.requireNonNull(subject, "subject");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }
}
