package io.eventref.site;

import io.eventref.capture.EventCoverage;
import io.eventref.capture.ObservedEvent;
import io.eventref.capture.Server;
import io.eventref.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the conformance page from the runs held against the reference ({@link Observations}). */
final class ConformancePages {

    static final String PATH = "conformance.html";

    private final PageContext context;
    private final Observations observations;

    ConformancePages(PageContext context, Observations observations) {
        this.context = context;
        this.observations = observations;
    }

    ConformancePage page() {
        List<Observations.RunCoverage> runs = observations.runs();
        return new ConformancePage(
                context.layout(PATH, "Conformance: the reference against real servers",
                        "Which Dovecot servers the reference was held against, under which workload, and which"
                                + " documented events they emitted."),
                runs.stream().map(ConformancePages::row).toList(),
                runs.stream().map(run -> "Dovecot " + run.release()).toList(),
                sections(runs),
                total(runs),
                unreached(runs),
                runs.stream().map(run -> new ConformancePage.UndocumentedRun("Dovecot " + run.release(),
                        undocumented(run.coverage().undocumented()))).toList());
    }

    private static ConformancePage.RunRow row(Observations.RunCoverage run) {
        EventCoverage coverage = run.coverage();
        long observed = coverage.documented().stream().filter(EventCoverage.Documented::isObserved).count();
        String compared = run.comparedWith().equals(run.release()) ? ""
                : run.comparedWith().isEmpty() ? "The reference lists no release up to " + run.release() + "."
                : "The reference lists no release " + run.release() + ": compared as of " + run.comparedWith()
                        + ", the newest before it.";
        return new ConformancePage.RunRow(run.release(), server(run.run().server()), run.run().capture().lines(),
                run.run().capture().skipped(), run.run().capture().events().size(),
                observed + " of " + coverage.documented().size(), compared);
    }

    /** The server as its record says: "Dovecot 2.3.19.1 (9b53102964), Debian package ..., on ...". */
    private static String server(Server server) {
        List<String> parts = new ArrayList<>();
        if (!server.dovecot().isEmpty()) {
            parts.add("Dovecot " + server.dovecot());
        }
        if (!server.debianPackage().isEmpty()) {
            parts.add("package " + server.debianPackage());
        }
        if (!server.system().isEmpty()) {
            parts.add("on " + server.system());
        }
        return String.join(", ", parts);
    }

    private List<ConformancePage.SectionRow> sections(List<Observations.RunCoverage> runs) {
        List<ConformancePage.SectionRow> rows = new ArrayList<>();
        for (Section section : context.reference().sections()) {
            List<String> counts = runs.stream().map(run -> count(run.coverage().documented().stream()
                    .filter(event -> event.section().equals(section.id())).toList())).toList();
            rows.add(new ConformancePage.SectionRow(new Link(SiteLinks.relative(PATH, SiteLinks.section(section.id())),
                    section.title()), counts));
        }
        return rows;
    }

    private static ConformancePage.SectionRow total(List<Observations.RunCoverage> runs) {
        return new ConformancePage.SectionRow(new Link("", "All sections"),
                runs.stream().map(run -> count(run.coverage().documented())).toList());
    }

    /** "observed of documented", or "–" when nothing is documented. */
    private static String count(List<EventCoverage.Documented> documented) {
        if (documented.isEmpty()) {
            return "–";
        }
        return documented.stream().filter(EventCoverage.Documented::isObserved).count() + " of " + documented.size();
    }

    /**
     * The documented events never observed: one row per reason and the runs it applies to, its
     * events in the reference's order, the rows in the order of their first event.
     */
    private List<ConformancePage.UnreachedRow> unreached(List<Observations.RunCoverage> runs) {
        Map<List<String>, List<String>> events = new LinkedHashMap<>();
        for (String name : context.eventNames()) {
            Map<String, List<String>> releasesByReason = new LinkedHashMap<>();
            for (Observations.RunCoverage run : runs) {
                EventCoverage.Documented documented = run.byName().get(name);
                if (documented != null && !documented.isObserved()) {
                    releasesByReason.computeIfAbsent(observations.reason(documented.nameThen(), run),
                            key -> new ArrayList<>()).add("Dovecot " + run.release());
                }
            }
            releasesByReason.forEach((reason, releases) -> {
                List<String> key = new ArrayList<>(releases);
                key.add(0, reason);
                events.computeIfAbsent(key, unused -> new ArrayList<>()).add(name);
            });
        }
        List<ConformancePage.UnreachedRow> rows = new ArrayList<>();
        events.forEach((key, names) -> rows.add(new ConformancePage.UnreachedRow(
                names.stream().map(name -> new Link(SiteLinks.relative(PATH, SiteLinks.event(name)), name)).toList(),
                key.subList(1, key.size()), key.get(0))));
        return rows;
    }

    private static List<ConformancePage.Observed> undocumented(List<ObservedEvent> events) {
        return events.stream().map(event -> new ConformancePage.Observed(event.name(),
                ObservationNotes.count(event.lines(), "line"))).toList();
    }
}
