package io.eventref.site;

import io.eventref.capture.Conformance;
import io.eventref.capture.EventCoverage;
import io.eventref.capture.ObservedEvent;
import io.eventref.capture.Run;
import io.eventref.model.Event;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance runs held against the reference, worked out once per build for every page that
 * shows them: per run, the coverage of its capture ({@link EventCoverage}) and what it says of each
 * event. Empty when the build has no captures.
 */
final class Observations {

    /** The text of an event never observed that no row of the reasons file explains. */
    static final String NO_REASON = "No reason recorded: a gap of the workload.";

    /** One run and its coverage, the documented events by current name. */
    record RunCoverage(Run run, EventCoverage coverage, Map<String, EventCoverage.Documented> byName) {

        String release() {
            return run.release().toString();
        }

        /** The release the reference was compared in: the run's, or the newest listed before it. */
        String comparedWith() {
            return coverage.comparedWith().map(Version::toString).orElse("");
        }
    }

    /** What one run says of one event. */
    enum Status { OBSERVED, OBSERVED_UNDOCUMENTED, UNREACHED, NOT_DOCUMENTED }

    /** What one run says of one event: its status, the lines it has of it (by captured name), the reason. */
    record Finding(RunCoverage run, Status status, List<ObservedEvent> observed, String reason) {
    }

    private final Conformance conformance;
    private final List<RunCoverage> runs;

    Observations(Reference reference, Conformance conformance) {
        this.conformance = conformance;
        this.runs = conformance.runs().stream().map(run -> {
            EventCoverage coverage = EventCoverage.of(reference, run.release(), run.capture());
            Map<String, EventCoverage.Documented> byName = new HashMap<>();
            coverage.documented().forEach(documented -> byName.put(documented.name(), documented));
            return new RunCoverage(run, coverage, byName);
        }).toList();
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    List<RunCoverage> runs() {
        return runs;
    }

    /** What every run says of the event whose declarations are {@code declarations}, oldest run first. */
    List<Finding> findings(List<Event> declarations) {
        String name = declarations.get(0).name();
        return runs.stream().map(run -> {
            EventCoverage.Documented documented = run.byName().get(name);
            if (documented != null) {
                return documented.isObserved()
                        ? new Finding(run, Status.OBSERVED, documented.observed(), "")
                        : new Finding(run, Status.UNREACHED, List.of(), reason(documented.nameThen(), run));
            }
            List<ObservedEvent> anyway = names(declarations).stream().map(run.run().capture()::find)
                    .flatMap(Optional::stream).toList();
            return new Finding(run, anyway.isEmpty() ? Status.NOT_DOCUMENTED : Status.OBSERVED_UNDOCUMENTED,
                    anyway, "");
        }).toList();
    }

    /** Why the workload does not reach the event called {@code nameThen} in the run's release. */
    String reason(String nameThen, RunCoverage run) {
        return conformance.reasonFor(nameThen, run.run().release()).orElse(NO_REASON);
    }

    /** Every name the event has had, and its aliases. */
    private static Set<String> names(List<Event> declarations) {
        Set<String> names = new LinkedHashSet<>();
        for (Event event : declarations) {
            names.addAll(event.lifecycle().names(event.name()));
            names.addAll(event.aliases());
        }
        return names;
    }
}
