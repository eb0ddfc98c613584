package io.eventref.upgrade;

import io.eventref.diff.DiffReport;
import io.eventref.diff.Difference;
import io.eventref.diff.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The differences of a {@link DiffReport}, looked up by what a config names. The report is the one
 * source of what changed between the two releases (renames, removals, values, types, deprecations,
 * notes); nothing here works them out again. Events and categories are keyed by the name they had in
 * the older release for renames and removals; fields by the event's name in the newer release and
 * the field's old name (renames, removals) or new name (everything else), as the report names them.
 */
final class Changes {

    private final Map<String, Difference.Renamed> renamed = new HashMap<>();
    private final Map<String, Difference.Renamed> renamedTo = new HashMap<>();
    private final Map<String, Difference.Removed> removed = new HashMap<>();
    private final Map<String, Difference.Added> added = new HashMap<>();
    private final Map<String, Difference.Deprecated> deprecated = new HashMap<>();
    private final Map<String, Difference.ValuesChanged> values = new HashMap<>();
    private final Map<String, Difference.TypeChanged> types = new HashMap<>();
    private final Map<String, List<Difference.Noted>> notes = new HashMap<>();

    Changes(DiffReport report) {
        for (Difference difference : report.differences()) {
            if (difference instanceof Difference.Renamed rename) {
                renamed.putIfAbsent(key(rename.before()), rename);
                renamedTo.putIfAbsent(key(rename.subject()), rename);
            } else if (difference instanceof Difference.Removed removal) {
                removed.putIfAbsent(key(removal.subject()), removal);
            } else if (difference instanceof Difference.Added addition) {
                added.putIfAbsent(key(addition.subject()), addition);
            } else if (difference instanceof Difference.Deprecated deprecation) {
                deprecated.putIfAbsent(key(deprecation.subject()), deprecation);
            } else if (difference instanceof Difference.ValuesChanged change) {
                values.putIfAbsent(key(change.subject()), change);
            } else if (difference instanceof Difference.TypeChanged change) {
                types.putIfAbsent(key(change.subject()), change);
            } else if (difference instanceof Difference.Noted note) {
                notes.computeIfAbsent(key(note.subject()), k -> new ArrayList<>()).add(note);
            }
        }
    }

    /** The rename of what was called {@code before} in the older release. */
    Optional<Difference.Renamed> renamed(Item before) {
        return Optional.ofNullable(renamed.get(key(before)));
    }

    /** The rename that gave {@code subject} its name in the newer release. */
    Optional<Difference.Renamed> renamedTo(Item subject) {
        return Optional.ofNullable(renamedTo.get(key(subject)));
    }

    Optional<Difference.Removed> removed(Item subject) {
        return Optional.ofNullable(removed.get(key(subject)));
    }

    Optional<Difference.Added> added(Item subject) {
        return Optional.ofNullable(added.get(key(subject)));
    }

    Optional<Difference.Deprecated> deprecated(Item subject) {
        return Optional.ofNullable(deprecated.get(key(subject)));
    }

    Optional<Difference.ValuesChanged> values(Item subject) {
        return Optional.ofNullable(values.get(key(subject)));
    }

    Optional<Difference.TypeChanged> type(Item subject) {
        return Optional.ofNullable(types.get(key(subject)));
    }

    /** The change notes of releases after the older one, up to the newer one, in release order. */
    List<Difference.Noted> notes(Item subject) {
        return notes.getOrDefault(key(subject), List.of());
    }

    /** Events, fields and categories by name, whatever the group a field comes through. */
    private static String key(Item subject) {
        return switch (subject.kind()) {
            case EVENT -> "event\u0000" + subject.event();
            case FIELD -> "field\u0000" + subject.event() + "\u0000" + subject.field();
            case CATEGORY -> "category\u0000" + subject.category();
        };
    }
}
