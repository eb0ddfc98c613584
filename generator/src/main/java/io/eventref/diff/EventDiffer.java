package io.eventref.diff;

import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The differences between the events of the two releases, event by event in alphabetical order:
 * added, removed, renamed, deprecated, came and went, and for an event in both, its processes,
 * its fields and its notes.
 */
final class EventDiffer {

    private final Span span;
    private final FieldDiffer fields;
    private final SortedMap<String, NamedEvent> before;
    private final SortedMap<String, NamedEvent> after;
    private final SortedMap<String, NamedEvent> whole;
    private final boolean skipUndated;

    /** {@code skipUndated}: skip the events that nothing {@link Dated dates} within the span (they have none). */
    EventDiffer(Span span, boolean skipUndated) {
        this.span = span;
        this.fields = new FieldDiffer(span);
        this.before = span.before().events();
        this.after = span.after().events();
        this.whole = span.whole().events();
        this.skipUndated = skipUndated;
    }

    List<Difference> compare() {
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<Renames.Rename> renames = Renames.pair(removed, added,
                name -> whole.get(name).lifecycle().removedNote(),
                name -> span.notes(after.get(name).lifecycle()),
                name -> after.get(name).aliases());
        List<Difference> differences = new ArrayList<>();
        for (NamedEvent event : whole.values()) {
            if (skipUndated && !span.coversAny(event.dated())) {
                continue;
            }
            if (after.containsKey(event.name())) {
                differences.addAll(present(after.get(event.name()), renames));
            } else if (before.containsKey(event.name())) {
                if (!Renames.from(renames, event.name())) {
                    differences.add(removal(event));
                }
            } else {
                cameAndWent(event).ifPresent(differences::add);
            }
        }
        return differences;
    }

    private List<Difference> present(NamedEvent now, List<Renames.Rename> renames) {
        Item subject = Item.event(now.name());
        List<Difference> differences = new ArrayList<>();
        Optional<Renames.Rename> rename = Renames.to(renames, now.name());
        NamedEvent then = before.get(rename.map(Renames.Rename::before).orElse(now.name()));
        if (then == null) {
            differences.add(new Difference.Added(subject, span.firstWith(now::existsIn)));
            Happenings.deprecation(span, subject, now.lifecycle()).ifPresent(differences::add);
            return differences;
        }
        String told = rename.map(Renames.Rename::note).orElse(null);
        if (rename.isPresent()) {
            differences.add(new Difference.Renamed(Item.event(then.name()), subject, span.firstWith(now::existsIn),
                    told));
        }
        if (!then.processes().equals(now.processes())) {
            differences.add(new Difference.ProcessesChanged(subject, then.processes(), now.processes()));
        }
        Map<String, Field> formerly = rename.isPresent() ? whole.get(then.name()).fields() : Map.of();
        differences.addAll(fields.compare(now.name(), then.fields(), acrossNames(now.fields(), formerly),
                wholeFields(now, formerly)));
        Lifecycle lifecycle = rename.isPresent() ? Lineage.across(whole.get(then.name()).lifecycle(), now.lifecycle())
                : now.lifecycle();
        differences.addAll(Happenings.of(span, subject, lifecycle, rename.isPresent() ? null : Item::event, told));
        return differences;
    }

    /**
     * The fields of the event in the whole model, across its names, then those that only its old self
     * had. {@code formerly}: the fields of its old self in the whole model; empty when it was not renamed.
     */
    private Map<String, Field> wholeFields(NamedEvent now, Map<String, Field> formerly) {
        Map<String, Field> all = acrossNames(whole.get(now.name()).fields(), formerly);
        formerly.forEach(all::putIfAbsent);
        return all;
    }

    /**
     * {@code fields}, those that the event also carried under its old name with their lifecycle across
     * both names ({@link Lineage}): under the new name alone a field starts when the new name does.
     */
    private static Map<String, Field> acrossNames(Map<String, Field> fields, Map<String, Field> formerly) {
        Map<String, Field> across = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Field old = formerly.get(name);
            across.put(name, old == null ? field : field.withLifecycle(Lineage.across(old.lifecycle(), field.lifecycle())));
        });
        return across;
    }

    private Difference removal(NamedEvent event) {
        Version version = span.firstWithout(span.from(), event::existsIn);
        Lifecycle lifecycle = event.lifecycle();
        String note = version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null;
        return new Difference.Removed(Item.event(event.name()), version, note);
    }

    private Optional<Difference> cameAndWent(NamedEvent event) {
        if (!span.existedBetween(event::existsIn)) {
            return Optional.empty();
        }
        Version added = span.firstWith(event::existsIn);
        Version removed = span.firstWithout(added, event::existsIn);
        Lifecycle lifecycle = event.lifecycle();
        return Optional.of(new Difference.CameAndWent(Item.event(event.name()), added, removed,
                removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
    }
}
