package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Small builders of JSON Schema trees; keys keep the order they are put in. */
final class Nodes {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private Nodes() {
    }

    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    static ObjectNode type(String type) {
        return object().put("type", type);
    }

    static ObjectNode ref(String target) {
        return object().put("$ref", target);
    }

    /** {@code {"type": "array", "items": items}}. */
    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode node = type("array");
        node.set("items", items);
        return node;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = FACTORY.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The head every published schema starts with: dialect, id, title, description. */
    static ObjectNode document(String id, String title, String description) {
        ObjectNode node = object();
        node.put("$schema", DIALECT);
        node.put("$id", id);
        node.put("title", title);
        node.put("description", description);
        return node;
    }
}
