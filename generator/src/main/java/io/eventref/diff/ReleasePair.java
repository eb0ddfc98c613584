package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /**
     * The upgrades from one line of releases to the next, a line being the releases that share their
     * first two numbers (2.3.x, 2.4.x): from the newest release of the older line that shipped to each
     * release of the newer line that shipped, by line then release, oldest first. Lines without a
     * release that shipped are passed over.
     */
    public static List<ReleasePair> upgrades(Reference reference) {
        Map<String, List<Release>> lines = new LinkedHashMap<>();
        reference.releases().stream().filter(Release::released)
                .forEach(release -> lines.computeIfAbsent(line(release.version()), key -> new ArrayList<>()).add(release));
        List<List<Release>> ordered = List.copyOf(lines.values());
        List<ReleasePair> pairs = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            List<Release> older = ordered.get(i - 1);
            Version from = older.get(older.size() - 1).version();
            ordered.get(i).forEach(release -> pairs.add(new ReleasePair(from, release.version())));
        }
        return pairs;
    }

    /** The line of {@code version}: its first two numbers, "2.3". */
    public static String line(Version version) {
        return version.parts().stream().limit(2).map(String::valueOf).collect(Collectors.joining("."));
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
