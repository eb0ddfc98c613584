package io.eventref.upgrade;

import io.eventref.model.Lifecycle;

/** Where something that is in neither release of an upgrade stands in the reference's history. */
final class Whereabouts {

    private Whereabouts() {
    }

    /** " (it was removed in 2.3.18)", " (it is new in 2.4.2)", " (it existed from A until B removed it)", or "". */
    static String describe(Lifecycle lifecycle, Upgrade upgrade) {
        if (lifecycle.removed() != null && !lifecycle.removed().isAfter(upgrade.from())) {
            return " (it was removed in " + lifecycle.removed() + ")";
        }
        if (lifecycle.added() != null && lifecycle.added().isAfter(upgrade.to())) {
            return " (it is new in " + lifecycle.added() + ")";
        }
        if (lifecycle.added() != null && lifecycle.removed() != null) {
            return " (it existed from " + lifecycle.added() + " until " + lifecycle.removed() + " removed it)";
        }
        return "";
    }
}
