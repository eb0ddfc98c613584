package io.eventref.diff;

import io.eventref.model.Change;
import io.eventref.model.Lifecycle;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The releases in which something happened to an item: those its lifecycles name (added,
 * deprecated, removed, changed, renamed; its fields' and their values' too). Every difference a comparison finds happened in one of them, within
 * the span; so an item with none within the span has no difference, and {@link Comparisons} skips it.
 * Whatever the model comes to date (a rename, say) must be named here too.
 */
final class Dated {

    private Dated() {
    }

    /** The releases named by {@code lifecycles}, sorted, each once. */
    static List<Version> versions(Collection<Lifecycle> lifecycles) {
        TreeSet<Version> versions = new TreeSet<>();
        for (Lifecycle lifecycle : lifecycles) {
            add(versions, lifecycle.added());
            add(versions, lifecycle.deprecated());
            add(versions, lifecycle.removed());
            for (Change change : lifecycle.changes()) {
                versions.add(change.version());
            }
            for (Rename rename : lifecycle.renames()) {
                versions.add(rename.version());
            }
        }
        return List.copyOf(versions);
    }

    private static void add(TreeSet<Version> versions, Version version) {
        if (version != null) {
            versions.add(version);
        }
    }
}
