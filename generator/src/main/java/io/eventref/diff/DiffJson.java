package io.eventref.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.json.Json;
import io.eventref.model.Version;
import java.util.Comparator;
import java.util.List;

/**
 * A report as JSON, described by {@code schemas/diff-report.schema.json}: keys in a fixed order,
 * versions as strings, names in the order of the report.
 */
public final class DiffJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {
    }

    /** Pretty-printed, LF line endings, a final newline. */
    public static String toJson(DiffReport report) {
        return Json.pretty(toTree(report));
    }

    public static ObjectNode toTree(DiffReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("from", report.from().toString());
        root.put("to", report.to().toString());
        root.set("events", outline(report.events(), true));
        root.set("categories", outline(report.categories(), false));
        ArrayNode breaking = root.putArray("breaking");
        for (Breaking change : report.breaking()) {
            ObjectNode node = breaking.addObject();
            node.put("kind", change.kind().id());
            node.put("event", change.subject().event());
            node.put("field", change.subject().field());
            node.put("category", change.subject().category());
            node.put("why", change.why());
        }
        return root;
    }

    private static ObjectNode outline(Outline outline, boolean events) {
        ObjectNode node = NODES.objectNode();
        names(node.putArray("added"), outline.added());
        names(node.putArray("removed"), outline.removed());
        names(node.putArray("deprecated"), outline.deprecated());
        renamed(node.putArray("renamed"), outline.renamed());
        cameAndWent(node.putArray("cameAndWent"), outline.cameAndWent());
        ArrayNode changed = node.putArray("changed");
        for (ChangedItem item : outline.changed()) {
            ObjectNode entry = changed.addObject();
            entry.put("name", item.name());
            if (events) {
                processes(entry.putArray("changed"), item.own(Difference.ProcessesChanged.class));
                entry.set("fields", FieldsJson.of(item));
            }
            notes(entry.putArray("notes"), item);
        }
        return node;
    }

    static void names(ArrayNode array, List<? extends Difference> differences) {
        differences.forEach(difference -> array.add(difference.subject().name()));
    }

    static void renamed(ArrayNode array, List<Difference.Renamed> renames) {
        for (Difference.Renamed renamed : renames) {
            ObjectNode node = array.addObject();
            node.put("from", renamed.before().name());
            node.put("to", renamed.subject().name());
            node.put("version", renamed.version().toString());
            node.put("note", renamed.note());
        }
    }

    static void cameAndWent(ArrayNode array, List<Difference.CameAndWent> visits) {
        for (Difference.CameAndWent visit : visits) {
            ObjectNode node = array.addObject();
            node.put("name", visit.subject().name());
            node.put("added", visit.added().toString());
            node.put("removed", visit.removed().toString());
            node.put("note", visit.note());
        }
    }

    private static void processes(ArrayNode array, List<Difference.ProcessesChanged> changes) {
        for (Difference.ProcessesChanged change : changes) {
            ObjectNode node = array.addObject();
            node.put("what", "processes");
            strings(node.putArray("before"), change.before());
            strings(node.putArray("after"), change.after());
        }
    }

    /** Change notes, deprecations and field removals with their notes, by release. */
    private static void notes(ArrayNode array, ChangedItem item) {
        item.differences().stream()
                .filter(difference -> note(difference) != null)
                .sorted(Comparator.comparing(DiffJson::version))
                .forEach(difference -> {
                    ObjectNode node = array.addObject();
                    node.put("version", version(difference).toString());
                    node.put("kind", kind(difference));
                    node.put("field", difference.subject().field());
                    node.put("note", note(difference));
                });
    }

    private static String note(Difference difference) {
        if (difference instanceof Difference.Noted noted) {
            return noted.note();
        }
        if (difference instanceof Difference.Deprecated deprecated) {
            return deprecated.note();
        }
        if (difference instanceof Difference.Removed removed) {
            return removed.note();
        }
        return null;
    }

    private static Version version(Difference difference) {
        if (difference instanceof Difference.Noted noted) {
            return noted.version();
        }
        if (difference instanceof Difference.Deprecated deprecated) {
            return deprecated.version();
        }
        return ((Difference.Removed) difference).version();
    }

    private static String kind(Difference difference) {
        if (difference instanceof Difference.Noted) {
            return "changed";
        }
        return difference instanceof Difference.Deprecated ? "deprecated" : "removed";
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
