package io.eventref.diff;

import io.eventref.diff.ReportDocument.Line;
import io.eventref.model.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines that tell how one event or category in both releases changed: its processes and
 * deprecation, its fields (added ones grouped by where they come from), then the notes by release.
 */
public final class ChangedLines {

    private ChangedLines() {
    }

    /** The lines of {@code item}, in inline Markdown, each with what it names. */
    public static List<Line> of(ChangedItem item) {
        List<Line> lines = new ArrayList<>();
        item.own(Difference.ProcessesChanged.class).forEach(changed -> lines.add(Line.plain("Processes: "
                + processes(changed.before()) + " → " + processes(changed.after()))));
        item.own(Difference.Deprecated.class).forEach(deprecated -> lines.add(
                Line.plain(Wording.withNote("Deprecated in " + deprecated.version(), deprecated.note()))));
        lines.addAll(addedFields(item.fields(Difference.Added.class)));
        item.fields(Difference.Removed.class).forEach(removed -> lines.add(field(removed.subject(),
                " " + Wording.why(removed), Wording.whyNames(removed))));
        item.fields(Difference.Renamed.class).forEach(renamed -> lines.add(field(renamed.before(),
                " " + Wording.why(renamed), List.of(Wording.itself(renamed.subject())))));
        item.fields(Difference.TypeChanged.class).forEach(retyped -> lines.add(field(retyped.subject(),
                ": type " + Wording.code(retyped.before().id()) + " → " + Wording.code(retyped.after().id()),
                List.of())));
        item.fields(Difference.ValuesChanged.class).forEach(values -> lines.add(field(values.subject(),
                ": allowed values " + Wording.values(values.before()) + " → " + Wording.values(values.after())
                        + (values.renamed().isEmpty() ? "" : " (" + Wording.valueRenames(values.renamed()) + ")"),
                List.of())));
        item.fields(Difference.OriginChanged.class).forEach(moved -> {
            List<Mention> groups = new ArrayList<>(Wording.origin(moved.before()));
            groups.addAll(Wording.origin(moved.after()));
            lines.add(field(moved.subject(), ": comes from " + moved.before() + " → " + moved.after(), groups));
        });
        item.fields(Difference.Deprecated.class).forEach(deprecated -> lines.add(field(deprecated.subject(),
                Wording.withNote(" deprecated in " + deprecated.version(), deprecated.note()), List.of())));
        item.fields(Difference.CameAndWent.class).forEach(visit -> lines.add(new Line(
                "Field " + DocumentWriter.cameAndWent(visit), List.of(Wording.itself(visit.subject())))));
        lines.addAll(notes(item));
        return lines;
    }

    /** "Field `name`" and {@code rest}, naming the field, then {@code more}. */
    private static Line field(Item subject, String rest, List<Mention> more) {
        List<Mention> mentions = new ArrayList<>();
        mentions.add(Wording.itself(subject));
        mentions.addAll(more);
        return new Line("Field " + Wording.code(subject.field()) + rest, mentions);
    }

    /** "Fields added through Auth server request: `mechanism` (2.3.12), ...", one line per origin. */
    private static List<Line> addedFields(List<Difference.Added> added) {
        Map<String, List<Difference.Added>> byOrigin = added.stream().collect(Collectors.groupingBy(
                difference -> difference.subject().origin(), LinkedHashMap::new, Collectors.toList()));
        List<Line> lines = new ArrayList<>();
        byOrigin.forEach((origin, fields) -> {
            List<Mention> mentions = new ArrayList<>(Wording.origin(origin));
            fields.forEach(field -> mentions.add(Wording.itself(field.subject())));
            lines.add(new Line(addedHeading(origin) + ": " + fields.stream()
                    .map(field -> Wording.dated(field.subject().field(), field.version()))
                    .collect(Collectors.joining(", ")), mentions));
        });
        return lines;
    }

    private static String addedHeading(String origin) {
        if (Field.OWN.equals(origin)) {
            return "Fields added";
        }
        return Field.GLOBAL.equals(origin) ? "Global fields added" : "Fields added through " + origin;
    }

    private static List<Line> notes(ChangedItem item) {
        return item.differences().stream()
                .filter(Difference.Noted.class::isInstance)
                .map(Difference.Noted.class::cast)
                .sorted(Comparator.comparing(Difference.Noted::version))
                .map(noted -> new Line(noted.version() + (noted.subject().field() == null ? ""
                        : ", field " + Wording.code(noted.subject().field())) + ": " + noted.note(),
                        noted.subject().field() == null ? List.of() : List.of(Wording.itself(noted.subject()))))
                .toList();
    }

    private static String processes(List<String> processes) {
        return processes.isEmpty() ? "one declaration" : Wording.codes(processes);
    }
}
