package io.eventref.validate;

import io.eventref.content.ItemKind;
import io.eventref.content.Marker;
import io.eventref.content.MarkerKind;
import io.eventref.diagnostic.Diagnostics;

/**
 * {@code misplaced-marker}: {@code Renamed in version} stands on what has a name that readers and
 * servers use (an event heading, a field, a value, a category), not on a section, subsection or
 * group, whose names are the reference's own and whose markers govern what they hold.
 */
final class MisplacedRenameRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (ContentIndex.Located located : content.items()) {
            if (located.item().kind() == ItemKind.EVENT) {
                continue;
            }
            for (Marker marker : located.item().markers()) {
                if (marker.kind() == MarkerKind.RENAMED) {
                    diagnostics.error(marker.source(), "misplaced-marker", "'Renamed in version' means nothing under "
                            + ContentIndex.describe(located.item()) + "; rename the events, fields or values it holds");
                }
            }
        }
    }
}
