package io.eventref.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The coverage report for machines, as {@code schemas/coverage-report.schema.json} describes it. */
public final class CoverageJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CoverageJson() {
    }

    /** The document of the reports of one or more releases, oldest first. */
    public static ObjectNode tree(List<CoverageReport> reports) {
        ObjectNode root = NODES.objectNode();
        ArrayNode releases = root.putArray("releases");
        reports.forEach(report -> releases.add(release(report)));
        return root;
    }

    private static ObjectNode release(CoverageReport report) {
        CheckSummary summary = report.summary();
        ObjectNode node = NODES.objectNode();
        node.put("release", summary.release());
        node.put("strict", summary.strict());
        ArrayNode files = node.putArray("files");
        report.files().forEach(files::add);
        ObjectNode lines = node.putObject("lines");
        lines.put("total", summary.lines());
        lines.put("valid", summary.valid());
        lines.put("invalid", summary.invalid());
        lines.put("malformed", summary.malformed());
        lines.put("undocumented", summary.undocumented());
        ObjectNode events = node.putObject("events");
        events.put("documented", report.documented());
        events.put("observed", report.observed().size());
        events.put("undocumented", report.undocumentedEvents().size());
        ArrayNode observed = node.putArray("observed");
        report.observed().forEach(event -> observed.addObject().put("event", event.event()).put("lines", event.lines()));
        ArrayNode undocumentedEvents = node.putArray("undocumentedEvents");
        for (CoverageReport.UndocumentedEvent event : report.undocumentedEvents()) {
            ObjectNode item = undocumentedEvents.addObject().put("event", event.event()).put("lines", event.lines())
                    .put("note", event.note());
            ArrayNode fields = item.putArray("fields");
            event.fields().forEach(fields::add);
        }
        ArrayNode undocumentedFields = node.putArray("undocumentedFields");
        report.undocumentedFields().forEach(field -> undocumentedFields.addObject().put("event", field.event())
                .put("field", field.field()).put("lines", field.lines()).put("note", field.note()));
        ArrayNode undocumentedCategories = node.putArray("undocumentedCategories");
        for (CoverageReport.UndocumentedCategory category : report.undocumentedCategories()) {
            ObjectNode item = undocumentedCategories.addObject().put("category", category.category())
                    .put("lines", category.lines());
            ArrayNode in = item.putArray("events");
            category.events().forEach(in::add);
        }
        ArrayNode mismatches = node.putArray("typeMismatches");
        report.typeMismatches().forEach(mismatch -> mismatches.addObject().put("event", mismatch.event())
                .put("field", mismatch.field()).put("lines", mismatch.lines()).put("expected", mismatch.expected())
                .put("message", mismatch.message()).put("first", mismatch.first()));
        ArrayNode context = node.putArray("contextFields");
        report.contextFields().forEach(field -> context.addObject().put("event", field.event())
                .put("field", field.field()).put("lines", field.lines()).put("context", field.context()));
        ArrayNode never = node.putArray("neverObserved");
        report.neverObserved().forEach(event -> never.addObject().put("event", event.event())
                .put("reason", event.reason()));
        node.put("dropped", report.dropped());
        return node;
    }
}
