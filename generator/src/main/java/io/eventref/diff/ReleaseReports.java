package io.eventref.diff;

import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.output.OutputFile;
import io.eventref.output.OutputSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The diff reports a build publishes, the output stage beside the model export, the schemas and
 * the pages: the report of every pair of releases that the site's compare page offers (see
 * {@link #comparable}), each computed once, sharing what the comparisons read ({@link Comparisons});
 * and for each release with the next, its Markdown and JSON downloads ({@link #write}), kept for the
 * pages that show them; and the reports of the upgrades from one line of releases to the next
 * ({@link #upgrades}), for the site's upgrade pages. Thread-safe.
 */
public final class ReleaseReports {

    /**
     * The compare page offers every pair while the reports cost little: up to this many events times
     * pairs (the Dovecot reference, 150 events and 28 releases, has about 57,000). A bigger reference
     * offers the consecutive pairs only, whose reports the site publishes anyway.
     */
    static final long EVERY_PAIR_UP_TO = 100_000;

    private final Reference reference;
    private final List<ReleasePair> consecutive;
    private final List<ReleasePair> comparable;
    private final List<ReleasePair> upgrades;
    private final boolean everyPair;
    private final Comparisons comparisons;
    private final Map<ReleasePair, DiffReport> kept = new ConcurrentHashMap<>();

    public ReleaseReports(Reference reference) {
        this(reference, EVERY_PAIR_UP_TO);
    }

    /**
     * The reports of {@code reference}, every pair comparable while its events times pairs are at
     * most {@code everyPairUpTo} (else the consecutive ones).
     */
    public ReleaseReports(Reference reference, long everyPairUpTo) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.consecutive = List.copyOf(ReleasePair.consecutive(reference));
        long events = reference.events().stream().map(event -> event.name()).distinct().count();
        List<ReleasePair> all = ReleasePair.all(reference);
        this.everyPair = events * all.size() <= everyPairUpTo;
        this.comparable = everyPair ? List.copyOf(all) : consecutive;
        this.upgrades = List.copyOf(ReleasePair.upgrades(reference));
        this.comparisons = everyPair ? Comparisons.of(reference) : Comparisons.planned(reference,
                Stream.concat(consecutive.stream(), upgrades.stream()).toList());
    }

    /** Each release with the next, oldest first: the pairs that have a page and downloads. */
    public List<ReleasePair> consecutive() {
        return consecutive;
    }

    /** The pairs whose reports the compare page offers: every pair, or for a big reference the consecutive ones. */
    public List<ReleasePair> comparable() {
        return comparable;
    }

    /** The upgrades from one line of releases to the next ({@link ReleasePair#upgrades}), whose reports the site's upgrade pages show. */
    public List<ReleasePair> upgrades() {
        return upgrades;
    }

    /** Whether {@link #comparable} holds every pair of releases. */
    public boolean everyPair() {
        return everyPair;
    }

    /** The consecutive pair that ends with {@code release}; empty for the first release. */
    public Optional<ReleasePair> into(Version release) {
        return consecutive.stream().filter(pair -> pair.to().equals(release)).findFirst();
    }

    /**
     * The report of {@code pair}, one of {@link #comparable} or {@link #upgrades}. Those of consecutive
     * pairs are made once and kept; others are made on each call (a build asks for each once).
     */
    public DiffReport report(ReleasePair pair) {
        if (!comparable.contains(pair) && !upgrades.contains(pair)) {
            throw new IllegalArgumentException("pair: " + pair + " is not one the build publishes");
        }
        if (consecutive.contains(pair)) {
            return kept.computeIfAbsent(pair, comparisons::compare);
        }
        return comparisons.compare(pair);
    }

    /** The site path of a report's file, without extension: {@code diffs/2.3.7-to-2.3.9}. */
    public static String path(ReleasePair pair) {
        return "diffs/" + pair.slug();
    }

    /** The paths of the files {@link #write} writes, known without making any report. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (ReleasePair pair : consecutive) {
            paths.add(path(pair) + ".md");
            paths.add(path(pair) + ".json");
        }
        return paths;
    }

    /** Writes the Markdown and JSON report of each consecutive pair to {@code sink}. */
    public void write(OutputSink sink) {
        for (ReleasePair pair : consecutive) {
            DiffReport report = report(pair);
            sink.write(OutputFile.text(path(pair) + ".md", DiffMarkdown.toMarkdown(report)));
            sink.write(OutputFile.text(path(pair) + ".json", DiffJson.toJson(report)));
        }
    }

    /**
     * What the reports read of the reference, as text: two references with the same input have the
     * same reports. It leaves out what no report shows (descriptions, sections, sources), so that it
     * keys what is derived from the reports (see {@code BuildCache}) across edits of those.
     */
    public String input() {
        return ComparisonInput.of(reference);
    }
}
