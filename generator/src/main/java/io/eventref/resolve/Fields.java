package io.eventref.resolve;

import io.eventref.content.FieldDraft;
import io.eventref.model.AllowedValue;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** Turns validated field rows into model fields. */
final class Fields {

    private Fields() {
    }

    /** The row as a field of the item (or the global fields) that declares it. */
    static Field own(FieldDraft draft, LifecycleTable lifecycles) {
        FieldType type = FieldType.fromId(draft.type())
                .orElseThrow(() -> new IllegalStateException("unvalidated field type: " + draft.type()));
        List<AllowedValue> allowed = draft.values().stream()
                .map(value -> new AllowedValue(value.value(), lifecycles.of(value)))
                .toList();
        return new Field(draft.name(), type, List.of(), draft.description(),
                lifecycles.of(draft), Field.OWN, draft.source(), allowed);
    }

    /**
     * Adds {@code candidate} to {@code fields} unless a field of that name is already there at some
     * time of the candidate's: a name may be carried twice only by fields that never coexist (one
     * removed, another of that name added later).
     */
    static void addUnlessShadowed(List<Field> fields, Field candidate) {
        boolean shadowed = fields.stream().anyMatch(field -> field.name().equals(candidate.name())
                && field.lifecycle().overlaps(candidate.lifecycle()));
        if (!shadowed) {
            fields.add(candidate);
        }
    }

    /**
     * Adds {@code candidate} to {@code fields}, or merges it ({@link #either}) into the field of that
     * name that exists at some time of the candidate's.
     */
    static void addOrMerge(List<Field> fields, Field candidate) {
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (field.name().equals(candidate.name()) && field.lifecycle().overlaps(candidate.lifecycle())) {
                fields.set(i, either(field, candidate));
                return;
            }
        }
        fields.add(candidate);
    }

    /**
     * One field of two alternatives of the same name: {@code first}'s type, description and origin;
     * any value when either allows any, else the values of both (each with its first lifecycle);
     * present from the earlier addition to the later removal (never removed when either is not), with
     * {@code first}'s deprecation, changes and renames.
     */
    static Field either(Field first, Field second) {
        Lifecycle a = first.lifecycle();
        Lifecycle b = second.lifecycle();
        Version added = a.added() == null || b.added() == null ? null : Version.earlier(a.added(), b.added());
        Lifecycle removal = a.removed() == null || b.removed() == null ? null
                : a.removed().isAfter(b.removed()) ? a : b;
        Lifecycle lifecycle = new Lifecycle(added, a.deprecated(), a.deprecatedNote(),
                removal == null ? null : removal.removed(), removal == null ? null : removal.removedNote(),
                a.changes(), a.renames());
        if (first.values().isEmpty() || second.values().isEmpty()) {
            return new Field(first.name(), first.type(), List.of(), first.description(), lifecycle, first.origin(),
                    first.source());
        }
        Map<String, AllowedValue> allowed = new LinkedHashMap<>();
        first.allowed().forEach(value -> allowed.putIfAbsent(value.value(), value));
        second.allowed().forEach(value -> allowed.putIfAbsent(value.value(), value));
        return new Field(first.name(), first.type(), List.of(), first.description(), lifecycle, first.origin(),
                first.source(), List.copyOf(allowed.values()));
    }
}
