package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;

/**
 * Compares the reference as it stood in two releases ({@link Reference#asOf}), looking at the whole
 * model for what happened between them. A pure function; thread-safe. To compare many pairs of one
 * reference, {@link Comparisons} shares the work between them.
 */
public final class Differ {

    /**
     * The differences from {@code from} to {@code to}: events (by name, in alphabetical order, each
     * with its fields), then categories.
     *
     * @throws java.util.NoSuchElementException when a version is not a listed release
     * @throws IllegalArgumentException when {@code from} is not older than {@code to}
     */
    public DiffReport compare(Reference reference, Version from, Version to) {
        Objects.requireNonNull(reference, "reference");
        return Comparisons.planned(reference, List.of()).compare(new ReleasePair(from, to));
    }
}
