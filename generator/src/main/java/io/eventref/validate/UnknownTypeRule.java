package io.eventref.validate;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.diagnostic.Suggestions;
import io.eventref.model.FieldType;
import java.util.Arrays;
import java.util.List;

/** {@code unknown-type}: every field's type is one of string, integer, timestamp, string-list. */
final class UnknownTypeRule implements Rule {

    private static final List<String> TYPES = Arrays.stream(FieldType.values()).map(FieldType::id).toList();

    @Override
    public void check(ContentIndex content, Diagnostics diagnostics) {
        for (ContentIndex.LocatedField located : content.fields()) {
            String type = located.field().type();
            if (FieldType.fromId(type).isEmpty()) {
                diagnostics.error(located.field().typeSource(), "unknown-type", "field '" + located.field().name()
                        + "' has the unknown type '" + type + "'; the types are " + String.join(", ", TYPES)
                        + Suggestions.hint(type, TYPES));
            }
        }
    }
}
