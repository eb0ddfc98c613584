package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Version;

/**
 * {@code common.schema.json}: what every exported line shares, referenced by the event schemas.
 * {@code #/$defs/envelope} is the line's top-level object (every key optional: the metric's
 * {@code exporter_include} decides which are written), {@code #/$defs/timestamp} a time in either
 * of the exporter's time formats, {@code #/$defs/value} any field value the exporter can write.
 */
final class CommonSchema {

    /** The JSON pointers of the shared definitions, as the event schemas refer to them. */
    static final String ENVELOPE = SchemaLayout.COMMON + "#/$defs/envelope";
    static final String TIMESTAMP = SchemaLayout.COMMON + "#/$defs/timestamp";

    /** {@code YYYY-MM-DDTHH:MM:SS.uuuuuuZ}; with {@link #RFC3339_LENGTH} as maxLength, no end anchor is needed. */
    static final String RFC3339_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z";
    static final int RFC3339_LENGTH = 27;
    /**
     * The bounds of a time-unix timestamp, as check-events judges it: seconds since 1970-01-01 (at
     * least 0), before 10000-01-01 (less than 253402300800). An exclusive maximum rather than
     * {@code maximum: 253402300799.999999}: validators that read numbers as doubles (networknt, Ajv)
     * round that to 253402300800 and would accept 253402300800 itself.
     */
    static final long EARLIEST_TIME = 0;
    static final long END_OF_TIME = 253_402_300_800L;

    private CommonSchema() {
    }

    static ObjectNode tree(SchemaLayout layout, String folder, Version release) {
        ObjectNode root = Nodes.document(layout.id(folder, SchemaLayout.COMMON),
                "Dovecot " + release + " exported events: shared definitions",
                "What every line of Dovecot's event exporter (format = json) shares: the envelope of the "
                        + "line, timestamps and field values. Referenced by the event schemas beside this file.");
        root.put(SchemaSet.RELEASE_ANNOTATION, release.toString());
        ObjectNode defs = root.putObject("$defs");
        defs.set("envelope", envelope());
        defs.set("timestamp", timestamp());
        defs.set("value", value());
        return root;
    }

    private static ObjectNode envelope() {
        ObjectNode envelope = Nodes.type("object");
        envelope.put("description", "One exported event. Each key is written only when the metric's "
                + "exporter_include names its part (default: all).");
        ObjectNode properties = envelope.putObject("properties");
        properties.set("event", Nodes.type("string").put("description", "The event's name."));
        properties.set("hostname", Nodes.type("string").put("description", "The host that emitted the event."));
        properties.set("start_time", Nodes.ref("#/$defs/timestamp").put("description", "When the event started."));
        properties.set("end_time", Nodes.ref("#/$defs/timestamp").put("description", "When the event ended."));
        properties.set("categories", Nodes.arrayOf(Nodes.type("string"))
                .put("description", "The event's categories, parents included (such as service:imap)."));
        ObjectNode fields = Nodes.type("object");
        fields.set("additionalProperties", Nodes.ref("#/$defs/value"));
        fields.put("description", "The event's fields and those of its parent events, flat.");
        properties.set("fields", fields);
        return envelope;
    }

    private static ObjectNode timestamp() {
        ObjectNode timestamp = Nodes.object();
        timestamp.put("description", "A time as the exporter's time format writes it: time-rfc3339 gives a UTC "
                + "string YYYY-MM-DDTHH:MM:SS.uuuuuuZ, time-unix a number of seconds since 1970-01-01 with "
                + "microseconds, before the year 10000.");
        ArrayNode anyOf = timestamp.putArray("anyOf");
        anyOf.add(Nodes.type("string").put("pattern", RFC3339_PATTERN).put("maxLength", RFC3339_LENGTH));
        anyOf.add(Nodes.type("number").put("minimum", EARLIEST_TIME).put("exclusiveMaximum", END_OF_TIME));
        return timestamp;
    }

    private static ObjectNode value() {
        ObjectNode value = Nodes.object();
        value.put("description", "Any field value the exporter writes: a string, a number (integers, and "
                + "timestamps in the time-unix format) or an array of strings.");
        ArrayNode anyOf = value.putArray("anyOf");
        anyOf.add(Nodes.type("string"));
        anyOf.add(Nodes.type("number"));
        anyOf.add(Nodes.arrayOf(Nodes.type("string")));
        return value;
    }
}
