package io.eventref.diff;

import io.eventref.model.Field;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How a report words names, values and differences, in inline Markdown (backticks for names). */
final class Wording {

    private Wording() {
    }

    static String code(String name) {
        return "`" + name + "`";
    }

    static String codes(List<String> names) {
        return names.stream().map(Wording::code).collect(Collectors.joining(", "));
    }

    /** Allowed values: the list, or "any value" when it is empty. */
    static String values(List<String> values) {
        return values.isEmpty() ? "any value" : codes(values);
    }

    /** {@code text}, then ": note" when there is a note. */
    static String withNote(String text, String note) {
        return note == null || note.isBlank() ? text : text + ": " + note;
    }

    /** The subject as a report names it: "`event`", "`event` field `name`", "category `name`". */
    static String subject(Item subject) {
        return switch (subject.kind()) {
            case EVENT -> code(subject.event());
            case FIELD -> code(subject.event()) + " field " + code(subject.field());
            case CATEGORY -> "category " + code(subject.category());
        };
    }

    static String why(Difference.Removed removed) {
        String text = "removed in " + removed.version();
        if (removed.subject().isInherited()) {
            text += " (it came through " + removed.subject().origin() + ")";
        } else if (Field.GLOBAL.equals(removed.subject().origin())) {
            text += " (a global field)";
        }
        return withNote(text, removed.note());
    }

    static String why(Difference.Renamed renamed) {
        return withNote("renamed to " + code(renamed.subject().name()) + " in " + renamed.version(), renamed.note());
    }

    static String why(Difference.TypeChanged retyped) {
        return "type changed from " + code(retyped.before().id()) + " to " + code(retyped.after().id());
    }

    static String why(Difference.ValuesChanged values) {
        if (values.before().isEmpty()) {
            return "any value went, now only " + values(values.after());
        }
        List<String> renamed = values.renamed().stream().map(Difference.ValueRename::before).toList();
        List<String> dropped = values.dropped().stream().filter(value -> !renamed.contains(value)).toList();
        List<String> parts = new ArrayList<>();
        if (!values.renamed().isEmpty()) {
            parts.add(valueRenames(values.renamed()));
        }
        if (!dropped.isEmpty()) {
            parts.add("no longer allows " + codes(dropped));
        }
        return String.join("; ", parts) + " (now " + values(values.after()) + ")";
    }

    /** "`trusted` renamed to `secured` in 2.4.0, ..." */
    static String valueRenames(List<Difference.ValueRename> renamed) {
        return renamed.stream()
                .map(rename -> code(rename.before()) + " renamed to " + code(rename.after()) + " in " + rename.version())
                .collect(Collectors.joining(", "));
    }

    /** "name (2.3.12)". */
    static String dated(String name, Version version) {
        return code(name) + " (" + version + ")";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
