package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.FieldNames;
import io.eventref.model.Version;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <event>.schema.json}: one exported line of one event, as the event stood in a release.
 * The envelope comes from {@code common.schema.json}; {@code event} is the name as emitted (never
 * an alias); {@code fields} lists every resolved field, then the fields the event's contexts add
 * (marked {@code x-eventref-context} with the group they come from). Unknown field names are
 * accepted, unless {@code strict}. An event declared for several processes accepts the fields of any declaration
 * ({@code anyOf} over one definition per process).
 */
final class EventSchema {

    /** Marks a field that a context adds, with the group it comes from. */
    static final String CONTEXT_ANNOTATION = "x-eventref-context";

    private EventSchema() {
    }

    /**
     * @param declarations the event's declarations in the release, as of that release; all share one name
     */
    static ObjectNode tree(List<Event> declarations, SchemaLayout layout, String folder, Version release,
            boolean strict) {
        Event first = declarations.get(0);
        String name = first.name();
        ObjectNode root = Nodes.document(layout.id(folder, SchemaLayout.eventFile(name, strict)), name,
                description(declarations, strict));
        root.put(SchemaSet.RELEASE_ANNOTATION, release.toString());
        FieldSchema.annotate(root, first.lifecycle());
        root.put("$ref", CommonSchema.ENVELOPE);
        ObjectNode properties = root.putObject("properties");
        properties.set("event", Nodes.object().put("const", name));
        if (declarations.size() == 1) {
            properties.set("fields", fields(first, strict));
            return root;
        }
        ObjectNode fields = properties.putObject("fields");
        ArrayNode anyOf = fields.putArray("anyOf");
        ObjectNode defs = root.putObject("$defs");
        for (Event declaration : declarations) {
            anyOf.add(Nodes.ref("#/$defs/" + declaration.process()));
            ObjectNode variant = Nodes.object();
            variant.put("title", "As the " + declaration.process() + " process emits it");
            variant.put("description", declaration.description().markdown());
            variant.setAll(fields(declaration, strict));
            defs.set(declaration.process(), variant);
        }
        return root;
    }

    private static ObjectNode fields(Event event, boolean strict) {
        ObjectNode node = Nodes.type("object");
        ObjectNode properties = node.putObject("properties");
        ObjectNode patterns = Nodes.object();
        for (Field field : event.fields()) {
            put(properties, patterns, field, FieldSchema.tree(field));
        }
        for (Field field : event.contextFields()) {
            put(properties, patterns, field, FieldSchema.tree(field).put(CONTEXT_ANNOTATION, field.origin()));
        }
        if (!patterns.isEmpty()) {
            node.set("patternProperties", patterns);
        }
        if (strict) {
            node.set("additionalProperties", BooleanNode.FALSE);
        }
        return node;
    }

    /** A field's schema: under its name, or for a name with placeholders, under its pattern. */
    private static void put(ObjectNode properties, ObjectNode patterns, Field field, ObjectNode schema) {
        if (FieldNames.isPattern(field.name())) {
            patterns.set(FieldNames.regex(field.name()), schema.put("title", field.name()));
        } else {
            properties.set(field.name(), schema);
        }
    }

    private static String description(List<Event> declarations, boolean strict) {
        String text = declarations.size() == 1
                ? declarations.get(0).description().markdown()
                : declarations.stream()
                        .map(event -> "(" + event.process() + ") " + event.description().markdown())
                        .collect(Collectors.joining("\n\n"));
        return strict ? text + "\n\nStrict: field names the reference does not document are rejected." : text;
    }
}
