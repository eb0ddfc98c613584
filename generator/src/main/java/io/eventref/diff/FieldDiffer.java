package io.eventref.diff;

import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The differences between the fields one event carries in the two releases, with their origin
 * (own, global, or the group they come through): added, removed, renamed, retyped, their allowed
 * values, deprecations and notes, and the fields that came and went in between.
 */
final class FieldDiffer {

    private final Span span;

    FieldDiffer(Span span) {
        this.span = span;
    }

    /**
     * For a renamed event, the lifecycles in {@code after} and {@code whole} are those across its two
     * names, so that what happened to a field under the old name is told with its own release.
     *
     * @param before the event's fields as of the older release, by name
     * @param after its fields as of the newer release
     * @param whole its fields in the whole model (for removals and what came and went)
     */
    List<Difference> compare(String event, Map<String, Field> before, Map<String, Field> after,
            Map<String, Field> whole) {
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<Renames.Rename> renames = Renames.pair(removed, added,
                name -> whole.containsKey(name) ? whole.get(name).lifecycle().removedNote() : null,
                name -> span.notes(after.get(name).lifecycle()), name -> List.of());
        List<Difference> differences = new ArrayList<>();
        for (Field now : after.values()) {
            differences.addAll(present(event, before, now, renames));
        }
        for (String name : removed) {
            if (!Renames.from(renames, name)) {
                differences.add(removal(event, before.get(name), whole.getOrDefault(name, before.get(name))));
            }
        }
        differences.addAll(cameAndWent(event, before, after, whole));
        return differences;
    }

    /** What happened to a field the event carries in the newer release. */
    private List<Difference> present(String event, Map<String, Field> before, Field now, List<Renames.Rename> renames) {
        Item subject = Item.field(event, now.name(), now.origin());
        List<Difference> differences = new ArrayList<>();
        Field then = before.get(now.name());
        String told = null;
        var rename = Renames.to(renames, now.name());
        if (rename.isPresent()) {
            then = before.get(rename.get().before());
            told = rename.get().note();
            differences.add(new Difference.Renamed(Item.field(event, then.name(), then.origin()), subject,
                    span.firstWith(now.lifecycle()::existsIn), told));
        } else if (then == null) {
            differences.add(new Difference.Added(subject, span.firstWith(now.lifecycle()::existsIn)));
        }
        if (then != null) {
            differences.addAll(compare(subject, then, now));
        }
        if (then == null) {
            Happenings.deprecation(span, subject, now.lifecycle()).ifPresent(differences::add);
        } else {
            String origin = now.origin();
            differences.addAll(Happenings.of(span, subject, now.lifecycle(),
                    rename.isPresent() ? null : name -> Item.field(event, name, origin), told));
        }
        return differences;
    }

    /** How the same field (or a renamed one) differs: its type, allowed values and origin. */
    private static List<Difference> compare(Item subject, Field then, Field now) {
        List<Difference> differences = new ArrayList<>();
        if (then.type() != now.type()) {
            differences.add(new Difference.TypeChanged(subject, then.type(), now.type()));
        }
        if (!new HashSet<>(then.values()).equals(new HashSet<>(now.values()))) {
            differences.add(new Difference.ValuesChanged(subject, then.values(), now.values()));
        }
        if (!then.origin().equals(now.origin())) {
            differences.add(new Difference.OriginChanged(subject, then.origin(), now.origin()));
        }
        return differences;
    }

    private Difference removal(String event, Field then, Field last) {
        Lifecycle lifecycle = last.lifecycle();
        Version version = span.firstWithout(span.from(), lifecycle::existsIn);
        String note = version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null;
        return new Difference.Removed(Item.field(event, then.name(), then.origin()), version, note);
    }

    private List<Difference> cameAndWent(String event, Map<String, Field> before, Map<String, Field> after,
            Map<String, Field> whole) {
        List<Difference> differences = new ArrayList<>();
        for (Field field : whole.values()) {
            Lifecycle lifecycle = field.lifecycle();
            if (before.containsKey(field.name()) || after.containsKey(field.name())
                    || !span.existedBetween(lifecycle::existsIn)) {
                continue;
            }
            Version added = span.firstWith(lifecycle::existsIn);
            Version removed = span.firstWithout(added, lifecycle::existsIn);
            differences.add(new Difference.CameAndWent(Item.field(event, field.name(), field.origin()), added,
                    removed, removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
        }
        return differences;
    }
}
