package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the reference as it stood in two releases ({@link Reference#asOf}), looking at the whole
 * model for what happened between them. A pure function; thread-safe.
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
        return compare(reference, from, to, reference::asOf);
    }

    /**
     * Like {@link #compare(Reference, Version, Version)}, with {@code asOf} giving the reference as
     * of a release, as {@link Reference#asOf} does (a caller making many reports can share them).
     */
    public DiffReport compare(Reference reference, Version from, Version to, Function<Version, Reference> asOf) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reference.requireRelease(from);
        reference.requireRelease(to);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from: " + from + " is not older than to: " + to);
        }
        Span span = new Span(reference, from, to, asOf.apply(from), asOf.apply(to));
        List<Difference> differences = new ArrayList<>(new EventDiffer(span).compare());
        differences.addAll(new CategoryDiffer(span).compare());
        return new DiffReport(from, to, differences);
    }
}
