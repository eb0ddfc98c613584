package io.eventref.validate;

import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Version;

/** {@code field-before-event}: a field row is not new in a release before its event or group exists. */
final class FieldBeforeEventRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Version holderAdded = subject.outer().added();
            if (!subject.kind().equals("field") || holderAdded == null) {
                continue;
            }
            for (Marker marker : subject.markers()) {
                if (marker.kind() == MarkerKind.NEW && marker.version().isBefore(holderAdded)) {
                    diagnostics.error(marker.source(), "field-before-event", subject.label() + " is new in "
                            + marker.version() + ", before its holder exists (new in " + holderAdded + ")");
                }
            }
        }
    }
}
