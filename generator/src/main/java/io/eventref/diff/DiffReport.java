package io.eventref.diff;

import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one release ({@code from}) to a later one ({@code to}): every difference, events
 * first (alphabetically, each followed by its fields' differences), then categories. Immutable.
 */
public record DiffReport(Version from, Version to, List<Difference> differences) {

    public DiffReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        differences = List.copyOf(differences);
    }

    /** The differences of events and their fields, grouped as a report shows them. */
    public Outline events() {
        return Outline.of(differences, Item.Kind.EVENT);
    }

    /** The differences of categories, grouped as a report shows them. */
    public Outline categories() {
        return Outline.of(differences, Item.Kind.CATEGORY);
    }

    /** The changes that can break what integrators built, in the order of {@link #differences}. */
    public List<Breaking> breaking() {
        return BreakingChanges.classify(differences);
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }
}
