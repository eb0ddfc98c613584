package io.eventref.validate;

import io.eventref.content.FieldDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-field}: a field name appears once in an event's or group's tables, and once among
 * the global fields, at any time: two rows may share a name only when they never coexist (one is
 * removed in or before the release that adds the other, as when Dovecot drops a field and brings it
 * back later).
 */
final class DuplicateFieldRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (FileDraft file : content.draft().files()) {
            for (ItemDraft item : file.items()) {
                check(content, item.fields(), ContentIndex.describe(item), diagnostics);
            }
            check(content, file.globalFields(), "the global fields", diagnostics);
        }
    }

    private static void check(ContentIndex content, List<FieldDraft> fields, String holder, Diagnostics diagnostics) {
        Map<String, List<FieldDraft>> seen = new HashMap<>();
        for (FieldDraft field : fields) {
            List<FieldDraft> named = seen.computeIfAbsent(field.name(), name -> new ArrayList<>());
            for (FieldDraft first : named) {
                if (!first.source().equals(field.source())
                        && content.lifecycles().of(first).overlaps(content.lifecycles().of(field))) {
                    diagnostics.error(field.source(), "duplicate-field", "field '" + field.name()
                            + "' appears twice in " + holder + " (first at " + first.source()
                            + "), and the two exist at the same time");
                    break;
                }
            }
            named.add(field);
        }
    }
}
