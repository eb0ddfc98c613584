package io.eventref.upgrade;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.config.ConfigSyntax;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.json.Json;
import io.eventref.model.SourceRef;

/**
 * A report as JSON, described by {@code schemas/upgrade-check.schema.json}: keys in a fixed order,
 * targets and findings in the order of the report, positions as file, line and column.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /** Pretty-printed, LF line endings, a final newline. */
    public static String render(UpgradeReport report) {
        return Json.pretty(tree(report));
    }

    public static ObjectNode tree(UpgradeReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("config", report.config());
        root.set("syntax", syntax(report.syntax()));
        root.put("from", report.from().toString());
        root.put("fromReason", report.fromReason().isEmpty() ? null : report.fromReason());
        root.put("to", report.to().toString());
        ArrayNode problems = root.putArray("problems");
        for (Diagnostic problem : report.problems()) {
            ObjectNode node = problems.addObject();
            position(node, problem.source());
            node.put("severity", problem.severity().label());
            node.put("rule", problem.rule());
            node.put("message", problem.message());
        }
        ArrayNode targets = root.putArray("targets");
        report.targets().forEach(target -> targets.add(target(target)));
        ObjectNode summary = root.putObject("summary");
        summary.put("breaking", report.count(Impact.BREAKING));
        summary.put("warnings", report.count(Impact.WARNING));
        summary.put("notes", report.count(Impact.NOTE));
        summary.put("errors", report.problems().stream().filter(Diagnostic::isError).count());
        summary.put("breaks", report.breaks());
        return root;
    }

    private static ObjectNode syntax(ConfigSyntax syntax) {
        ObjectNode node = NODES.objectNode();
        node.put("dovecot", syntax.line().label());
        node.put("configVersion", syntax.configVersion() == null ? null : syntax.configVersion().toString());
        node.put("legacyMetrics", syntax.legacyMetrics());
        node.put("evidence", syntax.evidence());
        position(node, syntax.at());
        return node;
    }

    private static ObjectNode target(TargetReport report) {
        ObjectNode node = NODES.objectNode();
        Target target = report.target();
        node.put("kind", target.kind().label());
        node.put("name", target.name());
        position(node, target.at());
        node.put("status", report.status());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode entry = findings.addObject();
            entry.put("severity", finding.severity().label());
            entry.put("rule", finding.rule());
            position(entry, finding.at());
            entry.put("name", finding.name());
            entry.put("replacement", finding.replacement());
            entry.put("release", finding.release() == null ? null : finding.release().toString());
            entry.put("message", finding.message());
        }
        ArrayNode rewrites = node.putArray("rewrites");
        for (Rewrite rewrite : report.rewrites()) {
            ObjectNode entry = rewrites.addObject();
            position(entry, rewrite.at());
            entry.put("before", rewrite.before());
            entry.put("after", rewrite.after());
        }
        return node;
    }

    private static void position(ObjectNode node, SourceRef at) {
        node.put("file", at.file());
        node.put("line", at.line());
        node.put("column", at.column());
    }
}
