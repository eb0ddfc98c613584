package io.eventref.diff;

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

    /** The lines of {@code item}, in inline Markdown. */
    public static List<String> of(ChangedItem item) {
        List<String> lines = new ArrayList<>();
        item.own(Difference.ProcessesChanged.class).forEach(changed -> lines.add("Processes: "
                + processes(changed.before()) + " → " + processes(changed.after())));
        item.own(Difference.Deprecated.class).forEach(deprecated ->
                lines.add(Wording.withNote("Deprecated in " + deprecated.version(), deprecated.note())));
        lines.addAll(addedFields(item.fields(Difference.Added.class)));
        item.fields(Difference.Removed.class).forEach(removed -> lines.add(
                "Field " + Wording.code(removed.subject().field()) + " " + Wording.why(removed)));
        item.fields(Difference.Renamed.class).forEach(renamed -> lines.add(
                "Field " + Wording.code(renamed.before().field()) + " " + Wording.why(renamed)));
        item.fields(Difference.TypeChanged.class).forEach(retyped -> lines.add(
                "Field " + Wording.code(retyped.subject().field()) + ": type " + Wording.code(retyped.before().id())
                        + " → " + Wording.code(retyped.after().id())));
        item.fields(Difference.ValuesChanged.class).forEach(values -> lines.add(
                "Field " + Wording.code(values.subject().field()) + ": allowed values " + Wording.values(values.before())
                        + " → " + Wording.values(values.after())
                        + (values.renamed().isEmpty() ? "" : " (" + Wording.valueRenames(values.renamed()) + ")")));
        item.fields(Difference.OriginChanged.class).forEach(moved -> lines.add(
                "Field " + Wording.code(moved.subject().field()) + ": comes from " + moved.before() + " → "
                        + moved.after()));
        item.fields(Difference.Deprecated.class).forEach(deprecated -> lines.add(Wording.withNote(
                "Field " + Wording.code(deprecated.subject().field()) + " deprecated in " + deprecated.version(),
                deprecated.note())));
        item.fields(Difference.CameAndWent.class).forEach(visit -> lines.add(
                "Field " + DocumentWriter.cameAndWent(visit)));
        lines.addAll(notes(item));
        return lines;
    }

    /** "Fields added through Auth server request: `mechanism` (2.3.12), ...", one line per origin. */
    private static List<String> addedFields(List<Difference.Added> added) {
        Map<String, List<Difference.Added>> byOrigin = added.stream().collect(Collectors.groupingBy(
                difference -> difference.subject().origin(), LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        byOrigin.forEach((origin, fields) -> lines.add(addedHeading(origin) + ": " + fields.stream()
                .map(field -> Wording.dated(field.subject().field(), field.version()))
                .collect(Collectors.joining(", "))));
        return lines;
    }

    private static String addedHeading(String origin) {
        if (Field.OWN.equals(origin)) {
            return "Fields added";
        }
        return Field.GLOBAL.equals(origin) ? "Global fields added" : "Fields added through " + origin;
    }

    private static List<String> notes(ChangedItem item) {
        return item.differences().stream()
                .filter(Difference.Noted.class::isInstance)
                .map(Difference.Noted.class::cast)
                .sorted(Comparator.comparing(Difference.Noted::version))
                .map(noted -> noted.version() + (noted.subject().field() == null ? ""
                        : ", field " + Wording.code(noted.subject().field())) + ": " + noted.note())
                .toList();
    }

    private static String processes(List<String> processes) {
        return processes.isEmpty() ? "one declaration" : Wording.codes(processes);
    }
}
