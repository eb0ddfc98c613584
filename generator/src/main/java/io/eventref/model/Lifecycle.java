package io.eventref.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an item exists: {@code added} is the first release that has it ({@code null}: since before
 * the first listed release), {@code removed} the first release that no longer has it ({@code null}:
 * never removed), {@code deprecated} the release that deprecated it ({@code null}: not deprecated).
 * Notes may be null; {@code changes} are in release order.
 */
public record Lifecycle(
        Version added,
        Version deprecated,
        String deprecatedNote,
        Version removed,
        String removedNote,
        List<Change> changes) {

    /** Exists in every release, never changed. */
    public static final Lifecycle ALWAYS = new Lifecycle(null, null, null, null, null, List.of());

    public Lifecycle {
        changes = changes.stream().sorted(Comparator.comparing(Change::version)).toList();
    }

    /** Whether the item exists in {@code release}. */
    public boolean existsIn(Version release) {
        Objects.requireNonNull(release, "release");
        return (added == null || !added.isAfter(release)) && (removed == null || removed.isAfter(release));
    }

    /** Whether some release has the item: false when it is removed no later than it is added. */
    public boolean existsAtAll() {
        return removed == null || added == null || removed.isAfter(added);
    }

    /** Whether the item is deprecated in {@code release} (and still exists). */
    public boolean isDeprecatedIn(Version release) {
        return deprecated != null && !deprecated.isAfter(release) && existsIn(release);
    }

    /** This lifecycle as it was known in {@code release}: later deprecation, removal and changes dropped. */
    public Lifecycle asOf(Version release) {
        boolean deprecatedThen = deprecated != null && !deprecated.isAfter(release);
        boolean removedThen = removed != null && !removed.isAfter(release);
        return new Lifecycle(
                added,
                deprecatedThen ? deprecated : null,
                deprecatedThen ? deprecatedNote : null,
                removedThen ? removed : null,
                removedThen ? removedNote : null,
                changes.stream().filter(change -> !change.version().isAfter(release)).toList());
    }
}
