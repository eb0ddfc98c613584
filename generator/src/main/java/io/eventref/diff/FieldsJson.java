package io.eventref.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code fields} object of a changed event in the JSON report: names added, removed, deprecated,
 * renamed, that came and went, how the others changed, and where each named field comes from.
 */
final class FieldsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldsJson() {
    }

    static ObjectNode of(ChangedItem item) {
        ObjectNode node = NODES.objectNode();
        DiffJson.names(node.putArray("added"), item.fields(Difference.Added.class));
        DiffJson.names(node.putArray("removed"), item.fields(Difference.Removed.class));
        DiffJson.names(node.putArray("deprecated"), item.fields(Difference.Deprecated.class));
        DiffJson.renamed(node.putArray("renamed"), item.fields(Difference.Renamed.class));
        DiffJson.cameAndWent(node.putArray("cameAndWent"), item.fields(Difference.CameAndWent.class));
        changed(node.putArray("changed"), item);
        ObjectNode origins = node.putObject("origins");
        item.fields(Difference.class).forEach(difference ->
                origins.put(difference.subject().field(), difference.subject().origin()));
        return node;
    }

    private static void changed(ArrayNode array, ChangedItem item) {
        for (Difference difference : item.fields(Difference.class)) {
            if (difference instanceof Difference.TypeChanged retyped) {
                ObjectNode node = entry(array, difference, "type");
                node.put("before", retyped.before().id());
                node.put("after", retyped.after().id());
            } else if (difference instanceof Difference.ValuesChanged values) {
                ObjectNode node = entry(array, difference, "values");
                DiffJson.strings(node.putArray("before"), values.before());
                DiffJson.strings(node.putArray("after"), values.after());
                if (!values.renamed().isEmpty()) {
                    ArrayNode renamed = node.putArray("renamedValues");
                    for (Difference.ValueRename rename : values.renamed()) {
                        ObjectNode entry = renamed.addObject();
                        entry.put("before", rename.before());
                        entry.put("after", rename.after());
                        entry.put("version", rename.version().toString());
                    }
                }
            } else if (difference instanceof Difference.OriginChanged moved) {
                ObjectNode node = entry(array, difference, "origin");
                node.put("before", moved.before());
                node.put("after", moved.after());
            }
        }
    }

    private static ObjectNode entry(ArrayNode array, Difference difference, String what) {
        ObjectNode node = array.addObject();
        node.put("name", difference.subject().field());
        node.put("what", what);
        return node;
    }
}
