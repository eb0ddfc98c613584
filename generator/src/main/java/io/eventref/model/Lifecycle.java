package io.eventref.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an item exists: {@code added} is the first release that has it ({@code null}: since before
 * the first listed release), {@code removed} the first release that no longer has it ({@code null}:
 * never removed), {@code deprecated} the release that deprecated it ({@code null}: not deprecated).
 * Notes may be null; {@code changes} and {@code renames} are in release order. A rename is a fact of
 * the item alone: it is not passed to what a heading holds, and names are the item's own business
 * ({@link #nameIn}).
 */
public record Lifecycle(
        Version added,
        Version deprecated,
        String deprecatedNote,
        Version removed,
        String removedNote,
        List<Change> changes,
        List<Rename> renames) {

    /** Exists in every release, never changed. */
    public static final Lifecycle ALWAYS = new Lifecycle(null, null, null, null, null, List.of());

    public Lifecycle {
        changes = changes.stream().sorted(Comparator.comparing(Change::version)).toList();
        renames = renames.stream().sorted(Comparator.comparing(Rename::version)).toList();
    }

    /** A lifecycle without renames. */
    public Lifecycle(Version added, Version deprecated, String deprecatedNote, Version removed, String removedNote,
            List<Change> changes) {
        this(added, deprecated, deprecatedNote, removed, removedNote, changes, List.of());
    }

    /**
     * The name the item had in {@code release}, given {@code current}, the name it has now (after
     * every rename): the old name of the first rename after {@code release}, else {@code current}.
     */
    public String nameIn(Version release, String current) {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(current, "current");
        for (Rename rename : renames) {
            if (rename.version().isAfter(release)) {
                return rename.from();
            }
        }
        return current;
    }

    /** Every name the item has had, oldest first, ending with {@code current}. */
    public List<String> names(String current) {
        List<String> names = new ArrayList<>();
        renames.forEach(rename -> names.add(rename.from()));
        names.add(Objects.requireNonNull(current, "current"));
        return List.copyOf(names);
    }

    /** A copy with {@code more} renames besides these. */
    public Lifecycle withRenames(List<Rename> more) {
        List<Rename> all = new ArrayList<>(renames);
        all.addAll(more);
        return new Lifecycle(added, deprecated, deprecatedNote, removed, removedNote, changes, all);
    }

    /** Whether the item exists in {@code release}. */
    public boolean existsIn(Version release) {
        Objects.requireNonNull(release, "release");
        return (added == null || !added.isAfter(release)) && (removed == null || removed.isAfter(release));
    }

    /**
     * Whether the two items exist together at some time: each is added before the other is removed
     * (an item added in the release that removes the other follows it, it does not overlap it).
     */
    public boolean overlaps(Lifecycle other) {
        Objects.requireNonNull(other, "other");
        return before(added, other.removed) && before(other.added, removed);
    }

    /** Whether {@code start} (null: always) comes before {@code end} (null: never). */
    private static boolean before(Version start, Version end) {
        return start == null || end == null || start.isBefore(end);
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
                changes.stream().filter(change -> !change.version().isAfter(release)).toList(),
                renames.stream().filter(rename -> !rename.version().isAfter(release)).toList());
    }
}
