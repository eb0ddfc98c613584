package io.eventref.diff;

import io.eventref.model.AllowedValue;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between the fields one event carries in the two releases, with their origin
 * (own, global, or the group they come through): added, removed, renamed, retyped, their allowed
 * values (renamed ones told as such), deprecations and notes, and the fields that came and went in
 * between. A field keeps its identity across its renames.
 */
final class FieldDiffer {

    private final Span span;

    FieldDiffer(Span span) {
        this.span = span;
    }

    /**
     * A field of the newer release is the one of the older release that is the same item (across its
     * renames), else the one of the same name that is no longer there (say, an inherited field that an
     * own one of another type replaced).
     *
     * @param before the event's fields as of the older release, by the names they had then
     * @param after its fields as of the newer release, by the names they had then
     * @param whole its fields in the whole model, by current name (for identity, removals and what came and went)
     */
    List<Difference> compare(String event, Map<String, Field> before, Map<String, Field> after,
            Map<String, Field> whole) {
        Map<String, Field> byOldName = new HashMap<>();
        Map<String, Field> byNewName = new HashMap<>();
        for (Field field : whole.values()) {
            Lifecycle lifecycle = field.lifecycle();
            if (lifecycle.existsIn(span.from())) {
                byOldName.putIfAbsent(lifecycle.nameIn(span.from(), field.name()), field);
            }
            if (lifecycle.existsIn(span.to())) {
                byNewName.putIfAbsent(lifecycle.nameIn(span.to(), field.name()), field);
            }
        }
        List<Difference> differences = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (Field now : after.values()) {
            Field identity = byNewName.get(now.name());
            Field then = identity != null && identity.lifecycle().existsIn(span.from())
                    ? before.get(identity.lifecycle().nameIn(span.from(), identity.name())) : null;
            if (then == null && before.containsKey(now.name()) && !staysUnderItsName(byOldName.get(now.name()))) {
                then = before.get(now.name());
                identity = null;
            }
            if (then != null) {
                matched.add(then.name());
            }
            differences.addAll(present(event, then, now, identity));
        }
        for (Field then : before.values()) {
            if (!matched.contains(then.name())) {
                Field identity = byOldName.getOrDefault(then.name(), whole.getOrDefault(then.name(), then));
                differences.add(removal(event, then, identity));
            }
        }
        differences.addAll(cameAndWent(event, whole));
        return differences;
    }

    /** Whether {@code field} (of the older release; null when unknown) is still there in the newer one. */
    private boolean staysUnderItsName(Field field) {
        return field != null && field.lifecycle().existsIn(span.to());
    }

    /** What happened to a field the event carries in the newer release; {@code then} is null when it is new. */
    private List<Difference> present(String event, Field then, Field now, Field identity) {
        Item subject = Item.field(event, now.name(), now.origin());
        List<Difference> differences = new ArrayList<>();
        if (then == null) {
            differences.add(new Difference.Added(subject, span.firstWith(now.lifecycle()::existsIn)));
            Happenings.deprecation(span, subject, now.lifecycle()).ifPresent(differences::add);
            return differences;
        }
        Optional<Rename> rename = identity == null ? Optional.empty() : span.rename(identity.lifecycle());
        rename.ifPresent(renamed -> differences.add(new Difference.Renamed(
                Item.field(event, then.name(), then.origin()), subject, renamed.version(), renamed.note())));
        differences.addAll(compare(subject, then, now, identity));
        differences.addAll(Happenings.of(span, subject, now.lifecycle()));
        return differences;
    }

    /** How the same field differs: its type, allowed values and origin. */
    private List<Difference> compare(Item subject, Field then, Field now, Field identity) {
        List<Difference> differences = new ArrayList<>();
        if (then.type() != now.type()) {
            differences.add(new Difference.TypeChanged(subject, then.type(), now.type()));
        }
        if (!new HashSet<>(then.values()).equals(new HashSet<>(now.values()))) {
            differences.add(new Difference.ValuesChanged(subject, then.values(), now.values(),
                    identity == null ? List.of() : renamedValues(identity)));
        }
        if (!then.origin().equals(now.origin())) {
            differences.add(new Difference.OriginChanged(subject, then.origin(), now.origin()));
        }
        return differences;
    }

    /** The values of the field that were in both releases under other names. */
    private List<Difference.ValueRename> renamedValues(Field identity) {
        List<Difference.ValueRename> renamed = new ArrayList<>();
        for (AllowedValue value : identity.allowed()) {
            Lifecycle lifecycle = value.lifecycle();
            if (lifecycle.existsIn(span.from()) && lifecycle.existsIn(span.to())) {
                span.rename(lifecycle).ifPresent(rename -> renamed.add(new Difference.ValueRename(
                        lifecycle.nameIn(span.from(), value.value()), lifecycle.nameIn(span.to(), value.value()),
                        rename.version())));
            }
        }
        return renamed;
    }

    private Difference removal(String event, Field then, Field identity) {
        Lifecycle lifecycle = identity.lifecycle();
        Version version = span.firstWithout(span.from(), lifecycle::existsIn);
        String note = version.equals(lifecycle.removed()) ? lifecycle.removedNote() : null;
        return new Difference.Removed(Item.field(event, then.name(), then.origin()), version, note);
    }

    private List<Difference> cameAndWent(String event, Map<String, Field> whole) {
        List<Difference> differences = new ArrayList<>();
        for (Field field : whole.values()) {
            Lifecycle lifecycle = field.lifecycle();
            if (lifecycle.existsIn(span.from()) || lifecycle.existsIn(span.to())
                    || !span.existedBetween(lifecycle::existsIn)) {
                continue;
            }
            Version added = span.firstWith(lifecycle::existsIn);
            Version removed = span.firstWithout(added, lifecycle::existsIn);
            differences.add(new Difference.CameAndWent(
                    Item.field(event, lifecycle.nameIn(added, field.name()), field.origin()), added, removed,
                    removed.equals(lifecycle.removed()) ? lifecycle.removedNote() : null));
        }
        return differences;
    }
}
