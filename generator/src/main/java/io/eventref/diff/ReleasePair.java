package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Two releases to compare: {@code from} older than {@code to}. Immutable. */
public record ReleasePair(Version from, Version to) {

    /** @throws IllegalArgumentException when {@code from} is not older than {@code to} */
    public ReleasePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from: " + from + " is not older than to: " + to);
        }
    }

    /** Each release of {@code reference} with the next, oldest first. */
    public static List<ReleasePair> consecutive(Reference reference) {
        List<Version> versions = reference.versions();
        List<ReleasePair> pairs = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            pairs.add(new ReleasePair(versions.get(i - 1), versions.get(i)));
        }
        return pairs;
    }

    /** Every two releases of {@code reference}, by {@code from} then {@code to}, oldest first. */
    public static List<ReleasePair> all(Reference reference) {
        List<Version> versions = reference.versions();
        List<ReleasePair> pairs = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                pairs.add(new ReleasePair(versions.get(i), versions.get(j)));
            }
        }
        return pairs;
    }

    /** "2.3.7-to-2.3.9": how file names and ids name the pair. */
    public String slug() {
        return from + "-to-" + to;
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
