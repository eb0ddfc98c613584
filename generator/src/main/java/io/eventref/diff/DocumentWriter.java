package io.eventref.diff;

import io.eventref.diff.ReportDocument.Line;
import io.eventref.diff.ReportDocument.Part;
import java.util.ArrayList;
import java.util.List;

/** Words a {@link DiffReport} as a {@link ReportDocument}: summary, breaking changes, events, categories. */
final class DocumentWriter {

    private final DiffReport report;
    private final Outline events;
    private final Outline categories;
    private final List<Breaking> breaking;

    DocumentWriter(DiffReport report) {
        this.report = report;
        this.events = report.events();
        this.categories = report.categories();
        this.breaking = report.breaking();
    }

    ReportDocument document() {
        return new ReportDocument("Event reference changes from " + report.from() + " to " + report.to(), summary(),
                List.of(breakingPart(), outlinePart("Events", events, "event"),
                        outlinePart("Categories", categories, "category")));
    }

    private String summary() {
        if (report.isEmpty()) {
            return "Nothing changed.";
        }
        return "Events: " + counts(events) + ". Categories: " + counts(categories) + ". "
                + (breaking.isEmpty() ? "No breaking changes." : Wording.count(breaking.size(), "breaking change") + ".");
    }

    private static String counts(Outline outline) {
        List<String> counts = new ArrayList<>();
        count(counts, outline.added().size(), "added");
        count(counts, outline.removed().size(), "removed");
        count(counts, outline.renamed().size(), "renamed");
        count(counts, outline.deprecated().size(), "deprecated");
        count(counts, outline.changed().size(), "changed");
        count(counts, outline.cameAndWent().size(), "came and went");
        return counts.isEmpty() ? "no changes" : String.join(", ", counts);
    }

    private static void count(List<String> counts, int n, String what) {
        if (n > 0) {
            counts.add(n + " " + what);
        }
    }

    private Part breakingPart() {
        List<Line> lines = breaking.stream()
                .map(change -> new Line(change.kind().label() + ": " + Wording.subject(change.subject()) + ": "
                        + change.why(), join(Wording.named(change.subject()), change.names())))
                .toList();
        return new Part(Line.plain("Breaking changes"), lines.isEmpty() ? List.of(Line.plain("None.")) : lines,
                List.of());
    }

    private static Part outlinePart(String heading, Outline outline, String noun) {
        if (outline.isEmpty()) {
            return new Part(Line.plain(heading), List.of(Line.plain("No " + noun + " changed.")), List.of());
        }
        List<Part> parts = new ArrayList<>();
        addPart(parts, "Added", outline.added().stream()
                .map(added -> new Line(Wording.dated(added.subject().name(), added.version()),
                        List.of(Wording.itself(added.subject())))).toList());
        addPart(parts, "Removed", outline.removed().stream()
                .map(removed -> new Line(Wording.withNote(Wording.dated(removed.subject().name(), removed.version()),
                        removed.note()), List.of(Wording.itself(removed.subject())))).toList());
        addPart(parts, "Renamed", outline.renamed().stream()
                .map(renamed -> new Line(Wording.withNote(Wording.code(renamed.before().name()) + " → "
                        + Wording.dated(renamed.subject().name(), renamed.version()), renamed.note()),
                        List.of(Wording.itself(renamed.before()), Wording.itself(renamed.subject())))).toList());
        addPart(parts, "Deprecated", outline.deprecated().stream()
                .map(deprecated -> new Line(Wording.withNote(Wording.dated(deprecated.subject().name(),
                        deprecated.version()), deprecated.note()), List.of(Wording.itself(deprecated.subject()))))
                .toList());
        addPart(parts, "Came and went", outline.cameAndWent().stream()
                .map(visit -> new Line(cameAndWent(visit), List.of(Wording.itself(visit.subject())))).toList());
        if (!outline.changed().isEmpty()) {
            parts.add(new Part(Line.plain("Changed (" + outline.changed().size() + ")"), List.of(),
                    outline.changed().stream()
                            .map(item -> new Part(new Line(Wording.code(item.name()), List.of(noun.equals("event")
                                    ? Mention.event(item.name()) : Mention.category(item.name()))),
                                    ChangedLines.of(item), List.of()))
                            .toList()));
        }
        return new Part(Line.plain(heading), List.of(), parts);
    }

    private static void addPart(List<Part> parts, String heading, List<Line> lines) {
        if (!lines.isEmpty()) {
            parts.add(new Part(Line.plain(heading + " (" + lines.size() + ")"), lines, List.of()));
        }
    }

    static String cameAndWent(Difference.CameAndWent difference) {
        return Wording.withNote(Wording.code(difference.subject().name()) + ": added in " + difference.added()
                + ", removed in " + difference.removed(), difference.note());
    }

    private static List<Mention> join(List<Mention> first, List<Mention> second) {
        List<Mention> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
