package io.eventref.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Event;
import io.eventref.model.Field;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exported lines as Dovecot would write them for the events of one release: every documented
 * field with a plausible value of its type. Deterministic: line i is always the same.
 */
final class SampleLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Event> events;

    SampleLines(Reference reference, Version release) {
        this.events = reference.asOf(release).events();
    }

    List<Event> events() {
        return events;
    }

    /** A valid line of {@code event} carrying every field it documents. */
    static ObjectNode valid(Event event, long seed) {
        ObjectNode line = JSON.createObjectNode();
        line.put("event", event.name());
        line.put("hostname", "mx" + seed % 7 + ".example.org");
        line.put("start_time", "2023-03-01T10:00:00.123456Z");
        line.put("end_time", "2023-03-01T10:00:00." + String.format(java.util.Locale.ROOT, "%06d", seed % 1_000_000) + "Z");
        ArrayNode categories = line.putArray("categories");
        event.categories().forEach(categories::add);
        ObjectNode fields = line.putObject("fields");
        for (Field field : event.fields()) {
            switch (field.type()) {
                case STRING -> fields.put(field.name(), field.values().isEmpty() ? "value-" + seed % 1000
                        : field.values().get((int) (seed % field.values().size())));
                case INTEGER -> fields.put(field.name(), seed * 31 % 100_000);
                case TIMESTAMP -> fields.put(field.name(), "2023-03-01T09:59:59.000001Z");
                case STRING_LIST -> fields.putArray(field.name()).add(field.values().isEmpty() ? "reason:" + seed % 10
                        : field.values().get(0));
            }
        }
        return line;
    }

    /** Line {@code i}: a valid line of the events in turn; every {@code invalidEvery}-th has a string where an integer belongs. */
    String line(long i, long invalidEvery) {
        Event event = events.get((int) (i % events.size()));
        ObjectNode line = valid(event, i);
        if (invalidEvery > 0 && i % invalidEvery == invalidEvery - 1) {
            ((ObjectNode) line.get("fields")).put("duration", "1543");
        }
        return line.toString();
    }

    /** Writes lines {@code 0..count)} (LF-terminated) to {@code out}; templates are cached by event for speed. */
    void write(OutputStream out, long count, long invalidEvery) {
        byte[][] templates = new byte[events.size()][];
        try {
            for (long i = 0; i < count; i++) {
                int slot = (int) (i % events.size());
                boolean invalid = invalidEvery > 0 && i % invalidEvery == invalidEvery - 1;
                if (invalid) {
                    out.write((line(i, invalidEvery) + "\n").getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                if (templates[slot] == null) {
                    templates[slot] = (line(i, 0) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                out.write(templates[slot]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
