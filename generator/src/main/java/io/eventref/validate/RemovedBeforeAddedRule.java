package io.eventref.validate;

import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Lifecycle;

/** {@code removed-before-added}: what is removed is removed in a release after the one that added it. */
final class RemovedBeforeAddedRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Lifecycle effective = subject.effective();
            boolean declaresEither = subject.first(MarkerKind.NEW).isPresent()
                    || subject.first(MarkerKind.REMOVED).isPresent();
            if (declaresEither && effective.removed() != null && effective.added() != null
                    && !effective.removed().isAfter(effective.added())) {
                MarkerKind culprit = subject.first(MarkerKind.REMOVED).isPresent() ? MarkerKind.REMOVED : MarkerKind.NEW;
                diagnostics.error(subject.at(culprit), "removed-before-added", subject.label() + " is removed in "
                        + effective.removed() + ", which is not after " + effective.added() + ", where it is new");
            }
        }
    }
}
