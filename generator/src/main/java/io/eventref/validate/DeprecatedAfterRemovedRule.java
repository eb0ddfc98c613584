package io.eventref.validate;

import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Lifecycle;

/** {@code deprecated-after-removed}: a deprecation comes before the removal, not with or after it. */
final class DeprecatedAfterRemovedRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Lifecycle effective = subject.effective();
            boolean declaresEither = subject.first(MarkerKind.DEPRECATED).isPresent()
                    || subject.first(MarkerKind.REMOVED).isPresent();
            if (declaresEither && effective.deprecated() != null && effective.removed() != null
                    && !effective.deprecated().isBefore(effective.removed())) {
                diagnostics.error(subject.at(MarkerKind.DEPRECATED), "deprecated-after-removed", subject.label()
                        + " is deprecated in " + effective.deprecated() + ", not before its removal in "
                        + effective.removed());
            }
        }
    }
}
