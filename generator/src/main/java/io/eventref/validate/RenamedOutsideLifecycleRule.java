package io.eventref.validate;

import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.Lifecycle;

/**
 * {@code renamed-outside-lifecycle}: a rename happens while the thing exists: after the release
 * that added it, before the one that removed it.
 */
final class RenamedOutsideLifecycleRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Lifecycle effective = subject.effective();
            for (Marker marker : subject.markers()) {
                if (marker.kind() != MarkerKind.RENAMED) {
                    continue;
                }
                if (effective.added() != null && !marker.version().isAfter(effective.added())) {
                    diagnostics.error(marker.source(), "renamed-outside-lifecycle", subject.label() + " is renamed in "
                            + marker.version() + ", but it only exists from " + effective.added()
                            + "; a new item has no old name (drop the marker, or the 'New in version' one)");
                } else if (effective.removed() != null && !marker.version().isBefore(effective.removed())) {
                    diagnostics.error(marker.source(), "renamed-outside-lifecycle", subject.label() + " is renamed in "
                            + marker.version() + ", but it is removed in " + effective.removed());
                }
            }
        }
    }
}
