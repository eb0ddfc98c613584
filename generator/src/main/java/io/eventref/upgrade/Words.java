package io.eventref.upgrade;

import io.eventref.model.Version;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How findings word names and lists, in inline Markdown (backticks for names). */
final class Words {

    /** How many names a list spells out before it says "and N more". */
    private static final int SHOWN = 4;

    private Words() {
    }

    static String code(String name) {
        return "`" + name + "`";
    }

    /** "`a`", "`a` and `b`", "`a`, `b` and `c`", "`a`, `b`, `c`, `d` and 3 more". */
    static String codes(Collection<String> names) {
        List<String> list = List.copyOf(names);
        if (list.size() > SHOWN + 1) {
            return list.subList(0, SHOWN).stream().map(Words::code).collect(Collectors.joining(", ")) + " and "
                    + (list.size() - SHOWN) + " more";
        }
        if (list.size() <= 1) {
            return list.stream().map(Words::code).collect(Collectors.joining());
        }
        return list.subList(0, list.size() - 1).stream().map(Words::code).collect(Collectors.joining(", ")) + " and "
                + code(list.get(list.size() - 1));
    }

    /** "`a`" or "events `a` and `b`": the events something is said of. */
    static String events(Collection<String> names) {
        return names.size() == 1 ? code(names.iterator().next()) : "events " + codes(names);
    }

    /** {@code text}, then ": note" when there is a note. */
    static String withNote(String text, String note) {
        return note == null || note.isBlank() ? text : text + ": " + note.strip();
    }

    /** "release 2.4.0". */
    static String in(Version version) {
        return "in " + version;
    }

    /** Allowed values: the list, or "any value" when it is empty. */
    static String values(List<String> values) {
        return values.isEmpty() ? "any value" : values.stream().map(Words::code).collect(Collectors.joining(", "));
    }
}
