package io.eventref.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Reports for machines: the shown problems are kept (their number is bounded by the per-event
 * limit) and written with the summary as one JSON document at the end.
 */
public final class JsonReport implements EventsCheck.Listener {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode problems = NODES.arrayNode();

    @Override
    public void problem(String file, long line, String event, Problem problem) {
        ObjectNode node = problems.addObject();
        node.put("file", file);
        node.put("line", line);
        node.put("event", event == null ? null : Printable.cut(event));
        node.put("severity", problem.severity().label());
        node.put("location", problem.location());
        node.put("message", problem.message());
    }

    /** The whole report: release, summary, events, problems, unreadable and empty inputs. */
    public ObjectNode tree(CheckSummary summary) {
        ObjectNode root = NODES.objectNode();
        root.put("release", summary.release());
        root.put("strict", summary.strict());
        ObjectNode totals = root.putObject("summary");
        totals.put("lines", summary.lines());
        totals.put("valid", summary.valid());
        totals.put("invalid", summary.invalid());
        totals.put("malformed", summary.malformed());
        totals.put("undocumented", summary.undocumented());
        totals.put("warnings", summary.warnings());
        totals.put("hiddenWarnings", summary.hiddenWarnings());
        totals.put("hidden", summary.hidden());
        totals.put("maxErrors", summary.maxErrors());
        ArrayNode events = root.putArray("events");
        for (EventCount count : summary.events()) {
            ObjectNode node = events.addObject();
            node.put("event", count.event());
            node.put("documented", count.documented());
            node.put("note", count.note());
            node.put("lines", count.lines());
            node.put("valid", count.valid());
            node.put("invalid", count.invalid());
        }
        root.set("problems", problems);
        ArrayNode unreadable = root.putArray("unreadable");
        summary.unreadable().forEach(unreadable::add);
        ArrayNode empty = root.putArray("empty");
        summary.empty().forEach(empty::add);
        return root;
    }
}
