package io.eventref.upgrade;

import io.eventref.diff.DiffReport;
import io.eventref.model.Category;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The upgrade being checked: the whole reference, the reference as of the older release
 * ({@code before}) and the newer one ({@code after}), and what changed between them.
 */
record Upgrade(Reference whole, Version from, Version to, Reference before, Reference after, Changes changes) {

    Upgrade {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changes, "changes");
    }

    static Upgrade of(Reference reference, Version from, Version to, DiffReport diff) {
        return new Upgrade(reference, from, to, reference.asOf(from), reference.asOf(to), new Changes(diff));
    }

    /** "2.3.21 or 2.4.1", or "2.3.21" when the two are one release: for "in neither" messages. */
    String either() {
        return from.equals(to) ? from.toString() : from + " or " + to;
    }

    /** The event called {@code name} (or with that alias) in {@code side}: its main name. */
    static Optional<String> event(Reference side, String name) {
        return side.findEvent(name).map(Event::name);
    }

    /** The field {@code field} of the event {@code event} in {@code side}, from any of its declarations. */
    static Optional<Field> field(Reference side, String event, String field) {
        return side.findEvents(event).stream().flatMap(declaration -> declaration.findField(field).stream()).findFirst();
    }

    /** The names of the fields of {@code event} in {@code side}, sorted. */
    static TreeSet<String> fieldNames(Reference side, String event) {
        TreeSet<String> names = new TreeSet<>();
        side.findEvents(event).forEach(declaration -> declaration.fields().forEach(f -> names.add(f.name())));
        return names;
    }

    /** The events of {@code side} by main name, sorted, each once. */
    static List<String> eventNames(Reference side) {
        return side.events().stream().map(Event::name).distinct().sorted().toList();
    }

    /** Whether {@code side} has the category {@code name}, or one it stands for ({@code service:<name>} for {@code service:imap}). */
    static Optional<String> category(Reference side, String name) {
        for (Category category : side.categories()) {
            if (category.name().equals(name) || (isTemplate(category.name()) && fits(category.name(), name))) {
                return Optional.of(category.name());
            }
        }
        return Optional.empty();
    }

    private static boolean isTemplate(String category) {
        return category.contains("<") && category.contains(">");
    }

    /** {@code service:<name>} fits {@code service:imap}: the part in angle brackets stands for any non-empty text. */
    private static boolean fits(String template, String name) {
        int open = template.indexOf('<');
        int close = template.indexOf('>', open);
        String head = template.substring(0, open);
        String tail = template.substring(close + 1);
        return name.length() > head.length() + tail.length() && name.startsWith(head) && name.endsWith(tail);
    }
}
