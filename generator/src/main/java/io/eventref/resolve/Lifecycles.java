package io.eventref.resolve;

import io.eventref.content.Marker;
import io.eventref.model.Change;
import io.eventref.model.Lifecycle;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of lifecycles: what markers declare, what a heading passes to what it holds, and
 * what an event or group passes to the fields it carries.
 */
final class Lifecycles {

    private Lifecycles() {
    }

    /** The lifecycle that {@code markers} declare on their own (the first marker of each kind counts). */
    static Lifecycle declared(List<Marker> markers) {
        Version added = null;
        Version deprecated = null;
        String deprecatedNote = null;
        Version removed = null;
        String removedNote = null;
        List<Change> changes = new ArrayList<>();
        List<Rename> renames = new ArrayList<>();
        for (Marker marker : markers) {
            switch (marker.kind()) {
                case NEW -> added = added == null ? marker.version() : added;
                case CHANGED -> changes.add(new Change(marker.version(), marker.note()));
                case DEPRECATED -> {
                    if (deprecated == null) {
                        deprecated = marker.version();
                        deprecatedNote = noteOrNull(marker);
                    }
                }
                case REMOVED -> {
                    if (removed == null) {
                        removed = marker.version();
                        removedNote = noteOrNull(marker);
                    }
                }
                case RENAMED -> marker.renamedFrom().ifPresent(
                        from -> renames.add(new Rename(marker.version(), from, marker.renameNote())));
            }
        }
        return new Lifecycle(added, deprecated, deprecatedNote, removed, removedNote, changes, renames);
    }

    private static String noteOrNull(Marker marker) {
        return marker.note().isEmpty() ? null : marker.note();
    }

    /**
     * What something declaring {@code own} has under a heading whose lifecycle is {@code outer}: it
     * exists no earlier and no later than the heading, shares its deprecation and its change notes.
     * Renames stay with whoever declares them.
     */
    static Lifecycle nested(Lifecycle outer, Lifecycle own) {
        List<Change> changes = new ArrayList<>(outer.changes());
        changes.addAll(own.changes());
        Version deprecated = Version.earlier(outer.deprecated(), own.deprecated());
        Version removed = Version.earlier(outer.removed(), own.removed());
        return new Lifecycle(
                Version.later(outer.added(), own.added()),
                deprecated,
                deprecated == null ? null : deprecated.equals(own.deprecated()) ? own.deprecatedNote()
                        : outer.deprecatedNote(),
                removed,
                removed == null ? null : removed.equals(own.removed()) ? own.removedNote() : outer.removedNote(),
                changes,
                own.renames());
    }

    /**
     * A field's lifecycle on an item whose lifecycle is {@code holder}: it exists only while both do;
     * its deprecation, change notes and renames stay its own.
     */
    static Lifecycle carried(Lifecycle holder, Lifecycle field) {
        Version removed = Version.earlier(holder.removed(), field.removed());
        return new Lifecycle(
                Version.later(holder.added(), field.added()),
                field.deprecated(),
                field.deprecatedNote(),
                removed,
                removed == null ? null : removed.equals(field.removed()) ? field.removedNote()
                        : holder.removedNote(),
                field.changes(),
                field.renames());
    }
}
