package io.eventref.validate;

import io.eventref.content.ItemKind;
import io.eventref.diagnostic.Diagnostics;

/** {@code empty-description} (a warning): fields and events say what they are. */
final class EmptyDescriptionRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (ContentIndex.LocatedField located : content.fields()) {
            if (located.field().description().isEmpty()) {
                diagnostics.warning(located.field().source(), "empty-description", "field '"
                        + located.field().name() + "' has no description");
            }
        }
        for (ContentIndex.Located located : content.items(ItemKind.EVENT)) {
            if (located.item().description().isEmpty()) {
                diagnostics.warning(located.item().source(), "empty-description", "event '"
                        + located.item().name() + "' has no description");
            }
        }
    }
}
