package io.eventref.upgrade;

import io.eventref.model.Lifecycle;
import java.util.Optional;

/**
 * Where a name that neither release of an upgrade has stands in the reference's history: a clause for
 * the message, and the name to write instead when the thing it named is in the newer release under
 * another name ({@code replacement}, else null).
 */
record Whereabouts(String clause, String replacement) {

    static final Whereabouts NONE = new Whereabouts("", null);

    /**
     * " (`bytes_in` is its name until 2.4.0; in 2.4.1 it is `net_in_bytes`)", " (it was removed in
     * 2.3.18)", " (it is new in 2.4.2)", " (it existed from A until B removed it)", or nothing.
     */
    static Whereabouts of(Known known, String name, Upgrade upgrade) {
        Optional<String> after = known.nameIn(upgrade.to());
        Optional<String> before = known.nameIn(upgrade.from());
        if (after.isPresent() || before.isPresent()) {
            String release = after.isPresent() ? upgrade.to().toString() : upgrade.from().toString();
            String then = after.orElseGet(before::get);
            return new Whereabouts(" (" + Words.code(name) + " is its name " + known.period(name) + "; in " + release
                    + " it is " + Words.code(then) + ")", after.orElse(null));
        }
        Lifecycle lifecycle = known.lifecycle();
        if (lifecycle.removed() != null && !lifecycle.removed().isAfter(upgrade.from())) {
            return new Whereabouts(" (it was removed in " + lifecycle.removed() + ")", null);
        }
        if (lifecycle.added() != null && lifecycle.added().isAfter(upgrade.to())) {
            return new Whereabouts(" (it is new in " + lifecycle.added() + ")", null);
        }
        if (lifecycle.added() != null && lifecycle.removed() != null) {
            return new Whereabouts(" (it existed from " + lifecycle.added() + " until " + lifecycle.removed()
                    + " removed it)", null);
        }
        return NONE;
    }
}
