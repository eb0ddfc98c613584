package io.eventref.validate;

import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Version;

/** {@code added-before-scope}: a heading or category is not new before the heading that holds it. */
final class AddedBeforeScopeRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Version scopeAdded = subject.outer().added();
            if (subject.kind().contains("field") || scopeAdded == null) {
                continue;
            }
            for (Marker marker : subject.markers()) {
                if (marker.kind() == MarkerKind.NEW && marker.version().isBefore(scopeAdded)) {
                    diagnostics.error(marker.source(), "added-before-scope", subject.label() + " is new in "
                            + marker.version() + ", before the heading that holds it (new in " + scopeAdded + ")");
                }
            }
        }
    }
}
