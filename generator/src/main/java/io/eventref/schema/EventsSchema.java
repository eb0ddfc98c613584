package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Version;
import java.util.List;

/**
 * {@code events.schema.json}: any exported line of a release. It requires {@code event} and picks
 * the event's schema by it ({@code if} its name {@code then} its schema). An event the reference
 * does not document for the release is accepted with only its envelope checked; the strict variant
 * rejects it and points at the strict event schemas.
 */
final class EventsSchema {

    private EventsSchema() {
    }

    /** @param names the names of the events that exist in the release, in the order to list them */
    static ObjectNode tree(List<String> names, SchemaLayout layout, String folder, Version release, boolean strict) {
        String file = strict ? SchemaLayout.EVENTS_STRICT : SchemaLayout.EVENTS;
        ObjectNode root = Nodes.document(layout.id(folder, file), "Dovecot " + release + " exported events",
                description(release, strict));
        root.put(SchemaSet.RELEASE_ANNOTATION, release.toString());
        root.put("$ref", CommonSchema.ENVELOPE);
        root.set("required", Nodes.strings(List.of("event")));
        if (strict) {
            ObjectNode event = root.putObject("properties").putObject("event");
            event.set("enum", Nodes.strings(names));
        }
        ArrayNode allOf = root.putArray("allOf");
        for (String name : names) {
            ObjectNode branch = allOf.addObject();
            ObjectNode condition = branch.putObject("if");
            condition.putObject("properties").putObject("event").put("const", name);
            condition.set("required", Nodes.strings(List.of("event")));
            branch.set("then", Nodes.ref(SchemaLayout.eventFile(name, strict)));
        }
        return root;
    }

    private static String description(Version release, boolean strict) {
        String text = "One line of Dovecot's event exporter (format = json) in " + release
                + ": an event the reference documents for this release is checked against its own schema, "
                + "chosen by the event key.";
        return strict
                ? text + " Strict: events and field names the reference does not document are rejected."
                : text + " Undocumented events are accepted with only the envelope checked, "
                        + "and so are undocumented field names.";
    }
}
