package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Field;
import io.eventref.model.Lifecycle;

/**
 * The schema of one field's value, as the field stood in a release: its JSON type, {@code enum}
 * where the reference lists the values (string and string-list fields; listed values of other
 * types are not enforced), its description, {@code deprecated}, and when it appeared
 * ({@code x-eventref-added}, absent when it exists since before the first listed release).
 */
final class FieldSchema {

    private FieldSchema() {
    }

    static ObjectNode tree(Field field) {
        ObjectNode node = switch (field.type()) {
            case STRING -> withValues(Nodes.type("string"), field);
            case INTEGER -> Nodes.type("integer");
            case STRING_LIST -> Nodes.arrayOf(withValues(Nodes.type("string"), field));
            case TIMESTAMP -> Nodes.ref(CommonSchema.TIMESTAMP);
        };
        if (!field.description().isEmpty()) {
            node.put("description", field.description().markdown());
        }
        annotate(node, field.lifecycle());
        return node;
    }

    /** {@code deprecated}, {@code x-eventref-added} and {@code x-eventref-deprecated} of an item in a release. */
    static void annotate(ObjectNode node, Lifecycle lifecycle) {
        if (lifecycle.deprecated() != null) {
            node.put("deprecated", true);
        }
        if (lifecycle.added() != null) {
            node.put("x-eventref-added", lifecycle.added().toString());
        }
        if (lifecycle.deprecated() != null) {
            node.put("x-eventref-deprecated", lifecycle.deprecated().toString());
            if (lifecycle.deprecatedNote() != null) {
                node.put("x-eventref-deprecated-note", lifecycle.deprecatedNote());
            }
        }
    }

    private static ObjectNode withValues(ObjectNode node, Field field) {
        if (!field.values().isEmpty()) {
            node.set("enum", Nodes.strings(field.values()));
        }
        return node;
    }
}
