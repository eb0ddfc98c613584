package io.eventref.upgrade;

import io.eventref.diff.DiffReport;
import io.eventref.model.Category;
import io.eventref.model.Edition;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.model.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The upgrade being checked: the whole reference, the reference as of the older release
 * ({@code before}) and the newer one ({@code after}), and what changed between them. The two views
 * hold the events and categories of the editions that both releases document, and only those: an
 * event that OX Dovecot Pro alone emits, which the 2.3 releases document and the 2.4 community
 * releases do not, is in neither view of a 2.3 → 2.4 upgrade, so that it is not taken for removed
 * ({@link #undocumented} says why the check cannot follow it). Their sections are left as they are
 * (the check does not read them).
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
        Release older = reference.requireRelease(from);
        Release newer = reference.requireRelease(to);
        Predicate<Edition> both = edition -> older.covers(edition) && newer.covers(edition);
        return new Upgrade(reference, from, to, shared(reference.asOf(from), both), shared(reference.asOf(to), both),
                new Changes(diff));
    }

    /** {@code side} with only the events and categories of the editions {@code both} accepts. */
    private static Reference shared(Reference side, Predicate<Edition> both) {
        return new Reference(side.releases(), side.sections(),
                side.categories().stream().filter(category -> both.test(category.edition())).toList(),
                side.globalFields(), side.groups(),
                side.events().stream().filter(event -> both.test(event.edition())).toList());
    }

    /** Whether both releases document what {@code edition} emits. */
    boolean documents(Edition edition) {
        return whole.requireRelease(from).covers(edition) && whole.requireRelease(to).covers(edition);
    }

    /**
     * Why the check cannot follow something {@code edition} alone emits (for an edition that
     * {@link #documents} not in both): "emitted by OX Dovecot Pro alone, which the reference documents
     * in 2.3.21, not in 2.4.1".
     */
    String undocumented(Edition edition) {
        boolean older = whole.requireRelease(from).covers(edition);
        boolean newer = whole.requireRelease(to).covers(edition);
        String emitted = "emitted by " + edition.label() + " alone, which the reference ";
        if (older || newer) {
            return emitted + "documents in " + (older ? from : to) + ", not in " + (older ? to : from);
        }
        return emitted + "does not document in " + either();
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
