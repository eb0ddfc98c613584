package io.eventref.check;

import io.eventref.model.Lifecycle;
import io.eventref.model.Rename;
import io.eventref.model.Version;
import java.util.List;

/** The version-aware words of the reports: "deprecated in 2.3.20", "removed in 2.3.18", "new in 2.3.19". */
final class Notes {

    private Notes() {
    }

    /** "deprecated in X[: note]" when {@code lifecycle} (as of a release) is deprecated, else null. */
    static String deprecation(Lifecycle lifecycle) {
        if (lifecycle.deprecated() == null) {
            return null;
        }
        String note = lifecycle.deprecatedNote();
        return "deprecated in " + lifecycle.deprecated() + (note == null || note.isBlank() ? "" : ": " + note);
    }

    /**
     * Why {@code name}, another name of an item that {@code release} has (as {@code lifecycle} and
     * {@code current} of the whole reference say), is not its name there: "renamed in 2.4.0; in
     * 2.4.1 it is x" for an older name, "its name from 2.4.0; in 2.3.21 it is x" for a newer one;
     * null when {@code name} is its name in {@code release}, or not one of its names.
     */
    static String renamed(Lifecycle lifecycle, String current, String name, Version release) {
        String then = lifecycle.nameIn(release, current);
        List<String> names = lifecycle.names(current);
        int index = names.indexOf(name);
        if (name.equals(then) || index < 0) {
            return null;
        }
        // renames[i] renamed names[i] to names[i + 1]
        List<Rename> renames = lifecycle.renames();
        String now = "; in " + release + " it is " + then;
        return index < names.indexOf(then) ? "renamed in " + renames.get(index).version() + now
                : "its name from " + renames.get(index - 1).version() + now;
    }

    /** Why an item of the whole reference is not in {@code release}: "new in X" or "removed in X"; null if it is. */
    static String absence(Lifecycle lifecycle, Version release) {
        if (lifecycle.existsIn(release)) {
            return null;
        }
        if (lifecycle.added() != null && lifecycle.added().isAfter(release)) {
            return "new in " + lifecycle.added();
        }
        return "removed in " + lifecycle.removed();
    }
}
