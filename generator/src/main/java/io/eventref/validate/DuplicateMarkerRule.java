package io.eventref.validate;

import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code duplicate-marker}: one thing is new, deprecated or removed once, not in two releases, and
 * renamed at most once per release.
 */
final class DuplicateMarkerRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (Subject subject : content.subjects()) {
            Map<String, Marker> seen = new HashMap<>();
            for (Marker marker : subject.markers()) {
                if (marker.kind() == MarkerKind.CHANGED) {
                    continue;
                }
                String key = marker.kind() == MarkerKind.RENAMED ? "renamed " + marker.version() : marker.kind().name();
                Marker first = seen.putIfAbsent(key, marker);
                if (first != null && !first.source().equals(marker.source())) {
                    diagnostics.error(marker.source(), "duplicate-marker", subject.label() + " has a second '"
                            + marker.kind().word() + " in version' marker (the first says " + first.version()
                            + ")");
                }
            }
        }
    }
}
