package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle of something known under two names in turn, such as a field of an event that was
 * renamed: what happened to it under the old name counts as much as what happened under the new
 * one. The model keeps the two apart (a field on the new event starts when that event does).
 */
final class Lineage {

    private Lineage() {
    }

    /**
     * One lifecycle of {@code older} (under the old name) and {@code newer} (under the new one): added
     * with the earlier, removed with the later (never, when either never is), with that one's note;
     * deprecated as the newer is, since that is how it stands now; the change notes of both, in
     * release order (the older's first among those of one release), each once.
     */
    static Lifecycle across(Lifecycle older, Lifecycle newer) {
        Version added = older.added() == null || newer.added() == null ? null
                : Version.earlier(older.added(), newer.added());
        Lifecycle removal = older.removed() == null || newer.removed() == null ? null
                : older.removed().isAfter(newer.removed()) ? older : newer;
        Set<Change> changes = new LinkedHashSet<>(older.changes());
        changes.addAll(newer.changes());
        return new Lifecycle(added, newer.deprecated(), newer.deprecatedNote(),
                removal == null ? null : removal.removed(), removal == null ? null : removal.removedNote(),
                List.copyOf(changes));
    }
}
