package io.eventref.site;

import io.eventref.capture.Example;
import io.eventref.capture.ObservedEvent;
import io.eventref.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the part of an event page that says what the conformance runs saw of the event. */
final class ObservationNotes {

    /** A line that could be the page's example, and the finding it comes from. */
    private record Candidate(Observations.Finding finding, ObservedEvent event) {
        Example example() {
            return event.example();
        }
    }

    /**
     * The example: a line of a run that documents the event before one that does not; then the most
     * fields; then the newest run; then the first line of the most fields in its capture.
     */
    private static final Comparator<Candidate> BEST = Comparator
            .comparing((Candidate candidate) -> candidate.finding().status() != Observations.Status.OBSERVED)
            .thenComparing(candidate -> -candidate.example().fieldCount())
            .thenComparing(candidate -> candidate.finding().run().run().release(), Comparator.reverseOrder());

    private final Observations observations;

    ObservationNotes(Observations observations) {
        this.observations = observations;
    }

    ServerObservations of(List<Event> declarations, String path) {
        if (observations.isEmpty()) {
            return ServerObservations.NONE;
        }
        String name = declarations.get(0).name();
        List<ServerObservations.RunNote> notes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Observations.Finding finding : observations.findings(declarations)) {
            notes.add(new ServerObservations.RunNote("Dovecot " + finding.run().release(), kind(finding.status()),
                    text(finding, name), everyLine(finding.observed())));
            finding.observed().forEach(event -> candidates.add(new Candidate(finding, event)));
        }
        if (candidates.isEmpty()) {
            return new ServerObservations(notes, "", "", SiteLinks.relative(path, ConformancePages.PATH));
        }
        Candidate best = candidates.stream().min(BEST).orElseThrow();
        Example example = best.example();
        String as = best.event().name().equals(name) ? "" : ", as " + best.event().name() + ",";
        String caption = String.format(Locale.ROOT, "Exported by Dovecot %s%s under the conformance workload: line %d"
                + " of its capture, the first of the event's lines there with the most fields (%d).",
                best.finding().run().release(), as, example.line(), example.fieldCount());
        return new ServerObservations(notes, caption, example.json().stripTrailing(),
                SiteLinks.relative(path, ConformancePages.PATH));
    }

    /**
     * The fields on every line of {@code observed} (an event under its names in one run), by name;
     * none when the run saw fewer than two lines, where "every line" would say little.
     */
    static List<String> everyLine(List<ObservedEvent> observed) {
        long lines = observed.stream().mapToLong(ObservedEvent::lines).sum();
        if (lines < 2) {
            return List.of();
        }
        Map<String, Long> carried = new TreeMap<>();
        observed.forEach(event -> event.fields().forEach(field -> carried.merge(field.name(), field.lines(), Long::sum)));
        return carried.entrySet().stream().filter(entry -> entry.getValue() == lines).map(Map.Entry::getKey).toList();
    }

    private static String kind(Observations.Status status) {
        return switch (status) {
            case OBSERVED, OBSERVED_UNDOCUMENTED -> "observed";
            case UNREACHED -> "unreached";
            case NOT_DOCUMENTED -> "absent";
        };
    }

    private static String text(Observations.Finding finding, String name) {
        long lines = finding.observed().stream().mapToLong(ObservedEvent::lines).sum();
        List<String> others = finding.observed().stream().map(ObservedEvent::name).filter(n -> !n.equals(name))
                .toList();
        String seen = "observed, " + count(lines, "line") + (others.isEmpty() ? "" : " (as " + String.join(", ", others)
                + ")");
        return switch (finding.status()) {
            case OBSERVED -> seen;
            case OBSERVED_UNDOCUMENTED -> seen + ", though the reference does not document it in "
                    + releaseCompared(finding.run());
            case UNREACHED -> "not observed. " + finding.reason();
            case NOT_DOCUMENTED -> "not observed; the reference does not document it in "
                    + releaseCompared(finding.run());
        };
    }

    /** The release whose reference a run was compared with, as a sentence ends with it. */
    static String releaseCompared(Observations.RunCoverage run) {
        String compared = run.comparedWith();
        if (compared.isEmpty()) {
            return "any release up to " + run.release();
        }
        return compared.equals(run.release()) ? compared : compared + " (the newest release it lists before "
                + run.release() + ")";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
