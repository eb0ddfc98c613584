package io.eventref.resolve;

import io.eventref.content.FieldDraft;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Lifecycle;

/** Turns validated field rows into model fields. */
final class Fields {

    private Fields() {
    }

    /** The row as a field of an item whose lifecycle is {@code holder}. */
    static Field own(FieldDraft draft, Lifecycle holder) {
        FieldType type = FieldType.fromId(draft.type())
                .orElseThrow(() -> new IllegalStateException("unvalidated field type: " + draft.type()));
        return new Field(draft.name(), type, draft.values(), draft.description(),
                Lifecycles.carried(holder, Lifecycles.declared(draft.markers())), Field.OWN, draft.source());
    }
}
