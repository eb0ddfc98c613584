package io.eventref.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.eventref.json.Json;
import io.eventref.model.Event;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event schemas of the folder written last, so that the next folder reuses those of events
 * that did not change between the two releases: most events are the same in most releases. A
 * reused schema differs only in its {@code $id} and release annotation, two top-level strings,
 * which are swapped in its text (the canonical form that {@link Json#replaceTopLevel} edits), so it
 * is neither built, nor checked against the meta-schema, nor serialised again.
 * Thread-safe; holds one schema per event name and variant.
 */
final class EventSchemaCache {

    /** An event's schema in the folder written last: the declarations it was made from, its id and text. */
    private record Entry(List<Event> declarations, String id, String release, String json) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The text of the schema of {@code declarations} under {@code id} for {@code release}, when the
     * event was the same in the folder written last; else null.
     */
    String reuse(String file, List<Event> declarations, String id, String release) {
        Entry entry = entries.get(file);
        if (entry == null || !entry.declarations().equals(declarations)) {
            return null;
        }
        String json = Json.replaceTopLevel(entry.json(), "$id", entry.id(), id);
        json = json == null ? null : Json.replaceTopLevel(json, SchemaSet.RELEASE_ANNOTATION, entry.release(), release);
        if (json != null) {
            entries.put(file, new Entry(declarations, id, release, json));
        }
        return json;
    }

    /** Remembers a schema made afresh, and returns its text. */
    String remember(String file, List<Event> declarations, String id, String release, ObjectNode tree) {
        String json = Json.pretty(tree);
        entries.put(file, new Entry(declarations, id, release, json));
        return json;
    }
}
