package io.eventref.validate;

import io.eventref.content.FieldDraft;
import io.eventref.content.FileDraft;
import io.eventref.content.ItemDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code duplicate-field}: a field name appears once in an event's or group's tables, and once among the global fields. */
final class DuplicateFieldRule implements Rule {

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (FileDraft file : content.draft().files()) {
            for (ItemDraft item : file.items()) {
                check(item.fields(), ContentIndex.describe(item), diagnostics);
            }
            check(file.globalFields(), "the global fields", diagnostics);
        }
    }

    private static void check(List<FieldDraft> fields, String holder, Diagnostics diagnostics) {
        Map<String, SourceRef> seen = new HashMap<>();
        for (FieldDraft field : fields) {
            SourceRef first = seen.putIfAbsent(field.name(), field.source());
            if (first != null && !first.equals(field.source())) {
                diagnostics.error(field.source(), "duplicate-field", "field '" + field.name() + "' appears twice in "
                        + holder + " (first at " + first + ")");
            }
        }
    }
}
