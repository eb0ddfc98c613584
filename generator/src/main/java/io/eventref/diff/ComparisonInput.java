package io.eventref.diff;

import io.eventref.model.Category;
import io.eventref.model.Change;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Reference;
import java.util.List;

/**
 * What a comparison reads of a reference, as text, one item per line: the releases; each event's
 * name, process, aliases, lifecycle and fields (name, type, allowed values, origin, lifecycle); each
 * category's name and lifecycle. Every string is written with its length before it, so that no
 * string can pass for another part. What the diff package comes to read must be written here too.
 */
final class ComparisonInput {

    private ComparisonInput() {
    }

    static String of(Reference reference) {
        StringBuilder text = new StringBuilder("releases");
        reference.versions().forEach(version -> text.append(' ').append(version));
        text.append('\n');
        for (Event event : reference.events()) {
            text.append("event");
            string(text, event.name());
            string(text, event.process());
            strings(text, event.aliases());
            lifecycle(text, event.lifecycle());
            for (Field field : event.fields()) {
                text.append(" field");
                string(text, field.name());
                string(text, field.type().id());
                strings(text, field.values());
                string(text, field.origin());
                lifecycle(text, field.lifecycle());
            }
            text.append('\n');
        }
        for (Category category : reference.categories()) {
            text.append("category");
            string(text, category.name());
            lifecycle(text, category.lifecycle());
            text.append('\n');
        }
        return text.toString();
    }

    private static void lifecycle(StringBuilder text, Lifecycle lifecycle) {
        text.append(" [").append(lifecycle.added()).append(' ').append(lifecycle.deprecated());
        string(text, lifecycle.deprecatedNote());
        text.append(' ').append(lifecycle.removed());
        string(text, lifecycle.removedNote());
        for (Change change : lifecycle.changes()) {
            text.append(' ').append(change.version());
            string(text, change.note());
        }
        text.append(']');
    }

    private static void strings(StringBuilder text, List<String> values) {
        text.append(" (").append(values.size());
        values.forEach(value -> string(text, value));
        text.append(')');
    }

    /** " 5:value", or " -" for null. */
    private static void string(StringBuilder text, String value) {
        text.append(' ');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}
