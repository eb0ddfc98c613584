package io.eventref.check;

import io.eventref.model.Lifecycle;
import io.eventref.model.Version;

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
