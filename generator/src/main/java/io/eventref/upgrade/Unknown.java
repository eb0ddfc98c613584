package io.eventref.upgrade;

import io.eventref.diagnostic.Suggestions;
import java.util.Collection;
import java.util.Optional;

/**
 * The finding on a name that neither release of the upgrade has: when the whole reference knows the
 * thing, where it stands (another name in these releases, which the rewrite then writes; removed
 * earlier; new later; or an edition these releases do not document), else the name of these releases
 * that it is likely a typo of.
 */
final class Unknown {

    private Unknown() {
    }

    /**
     * Adds the finding of rule {@code rule} on {@code name} at {@code spot}: {@code message} (such as
     * "no event `x` in 2.3.21 or 2.4.1") with what {@code known} tells, or a "did you mean" among
     * {@code candidates}; {@code what} names the thing for the edition's message ("event `x`").
     */
    static void report(Upgrade upgrade, Outcome outcome, String rule, Spot spot, String name, String what,
            String message, Optional<Known> known, Collection<String> candidates) {
        if (known.isPresent() && !upgrade.documents(known.get().edition())) {
            outcome.add(Impact.WARNING, "other-edition", spot.at(), what + " is "
                    + upgrade.undocumented(known.get().edition()) + ": the check cannot tell what becomes of it", name);
            return;
        }
        Whereabouts whereabouts = known.map(k -> Whereabouts.of(k, name, upgrade)).orElse(Whereabouts.NONE);
        if (whereabouts.replacement() != null) {
            outcome.add(Impact.WARNING, rule, spot.at(), message + whereabouts.clause(), name, whereabouts.replacement(),
                    null);
            outcome.edit(spot.replaceWith(whereabouts.replacement()));
            return;
        }
        String hint = !whereabouts.clause().isEmpty() ? whereabouts.clause() : Suggestions.closest(name, candidates)
                .map(best -> " (did you mean " + Words.code(best) + "?)").orElse("");
        outcome.add(Impact.WARNING, rule, spot.at(), message + hint, name);
    }

    /** Whether the thing is of an edition that the upgrade's releases do not both document. */
    static boolean otherEdition(Upgrade upgrade, Optional<Known> known) {
        return known.isPresent() && !upgrade.documents(known.get().edition());
    }
}
