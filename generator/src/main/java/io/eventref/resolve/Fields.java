package io.eventref.resolve;

import io.eventref.content.FieldDraft;
import io.eventref.model.AllowedValue;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import java.util.List;

/** Turns validated field rows into model fields. */
final class Fields {

    private Fields() {
    }

    /** The row as a field of the item (or the global fields) that declares it. */
    static Field own(FieldDraft draft, LifecycleTable lifecycles) {
        FieldType type = FieldType.fromId(draft.type())
                .orElseThrow(() -> new IllegalStateException("unvalidated field type: " + draft.type()));
        List<AllowedValue> allowed = draft.values().stream()
                .map(value -> new AllowedValue(value.value(), lifecycles.of(value)))
                .toList();
        return new Field(draft.name(), type, List.of(), draft.description(),
                lifecycles.of(draft), Field.OWN, draft.source(), allowed);
    }
}
