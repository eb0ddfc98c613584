package io.eventref.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.model.Version;

/**
 * A lookup as JSON: {@code {"query", "timelines": [{"kind", "name", "moments": [{"version", "what",
 * "field", "origin", "note", "otherName"}]}], "field", "carriers": [{"event", "process", "origin",
 * "added", "deprecated", "removed"}]}}; a null version is "since before the first listed release";
 * {@code otherName} is a rename's name before ({@code renamed-from}) or after ({@code renamed-to}).
 */
public final class HistoryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistoryJson() {
    }

    public static ObjectNode toTree(Lookup lookup) {
        ObjectNode root = NODES.objectNode();
        root.put("query", lookup.query());
        ArrayNode timelines = root.putArray("timelines");
        for (Timeline timeline : lookup.timelines()) {
            ObjectNode node = timelines.addObject();
            node.put("kind", timeline.kind().id());
            node.put("name", timeline.name());
            ArrayNode moments = node.putArray("moments");
            for (Moment moment : timeline.moments()) {
                ObjectNode entry = moments.addObject();
                entry.put("version", text(moment.version()));
                entry.put("what", moment.what().id());
                entry.put("field", moment.field());
                entry.put("origin", moment.origin());
                entry.put("note", moment.note());
                entry.put("otherName", moment.otherName());
            }
        }
        root.put("field", lookup.field());
        ArrayNode carriers = root.putArray("carriers");
        for (Carrier carrier : lookup.carriers()) {
            ObjectNode node = carriers.addObject();
            node.put("event", carrier.event());
            node.put("process", carrier.process());
            node.put("origin", carrier.origin());
            node.put("added", text(carrier.lifecycle().added()));
            node.put("deprecated", text(carrier.lifecycle().deprecated()));
            node.put("removed", text(carrier.lifecycle().removed()));
        }
        return root;
    }

    private static String text(Version version) {
        return version == null ? null : version.toString();
    }
}
