package io.eventref.diff;

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
        List<String> lines = breaking.stream()
                .map(change -> change.kind().label() + ": " + Wording.subject(change.subject()) + ": " + change.why())
                .toList();
        return new Part("Breaking changes", lines.isEmpty() ? List.of("None.") : lines, List.of());
    }

    private static Part outlinePart(String heading, Outline outline, String noun) {
        if (outline.isEmpty()) {
            return new Part(heading, List.of("No " + noun + " changed."), List.of());
        }
        List<Part> parts = new ArrayList<>();
        addPart(parts, "Added", outline.added().stream()
                .map(added -> Wording.dated(added.subject().name(), added.version())).toList());
        addPart(parts, "Removed", outline.removed().stream()
                .map(removed -> Wording.withNote(Wording.dated(removed.subject().name(), removed.version()),
                        removed.note())).toList());
        addPart(parts, "Renamed", outline.renamed().stream()
                .map(renamed -> Wording.withNote(Wording.code(renamed.before().name()) + " → "
                        + Wording.dated(renamed.subject().name(), renamed.version()), renamed.note())).toList());
        addPart(parts, "Deprecated", outline.deprecated().stream()
                .map(deprecated -> Wording.withNote(Wording.dated(deprecated.subject().name(), deprecated.version()),
                        deprecated.note())).toList());
        addPart(parts, "Came and went", outline.cameAndWent().stream()
                .map(DocumentWriter::cameAndWent).toList());
        if (!outline.changed().isEmpty()) {
            parts.add(new Part("Changed (" + outline.changed().size() + ")", List.of(), outline.changed().stream()
                    .map(item -> new Part(Wording.code(item.name()), ChangedLines.of(item), List.of())).toList()));
        }
        return new Part(heading, List.of(), parts);
    }

    private static void addPart(List<Part> parts, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            parts.add(new Part(heading + " (" + lines.size() + ")", lines, List.of()));
        }
    }

    static String cameAndWent(Difference.CameAndWent difference) {
        return Wording.withNote(Wording.code(difference.subject().name()) + ": added in " + difference.added()
                + ", removed in " + difference.removed(), difference.note());
    }
}
