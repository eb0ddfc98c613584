package io.eventref.upgrade;

import io.eventref.config.ConfigSyntax;
import io.eventref.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report for people: the config's problems, then each target that has findings (most severe first)
 * with its findings as {@code file:line:column: severity: message [rule]} and its lines rewritten for
 * the newer release, then the targets where nothing changes, then a summary.
 */
public final class ReportText {

    private ReportText() {
    }

    public static String render(UpgradeReport report) {
        StringBuilder text = new StringBuilder();
        header(report, text);
        if (!report.problems().isEmpty()) {
            text.append("\nProblems in the config:\n");
            report.problems().forEach(problem -> text.append("  ").append(problem).append('\n'));
        }
        for (TargetReport target : report.targets()) {
            if (target.findings().isEmpty()) {
                continue;
            }
            text.append('\n').append(target.target().label()).append(" (").append(line(target)).append(")\n");
            for (Finding finding : target.findings()) {
                text.append("  ").append(finding.at()).append(": ").append(finding.severity().label()).append(": ")
                        .append(finding.message()).append(" [").append(finding.rule()).append("]\n");
            }
            if (!target.rewrites().isEmpty()) {
                text.append("  for ").append(report.to()).append(":\n");
                for (Rewrite rewrite : target.rewrites()) {
                    text.append("    ").append(rewrite.after()).append('\n');
                }
            }
        }
        list(text, "Unchanged by the upgrade (nothing they name changes):", report.targets().stream()
                .filter(target -> target.checked() && target.findings().isEmpty()).toList());
        list(text, "Not checked, as their filters are malformed:", report.targets().stream()
                .filter(target -> !target.checked()).toList());
        text.append('\n').append(summary(report)).append('\n');
        return text.toString();
    }

    private static void list(StringBuilder text, String title, List<TargetReport> targets) {
        if (!targets.isEmpty()) {
            text.append('\n').append(title).append('\n');
            targets.forEach(target -> text.append("  ").append(target.target().label()).append(" (")
                    .append(line(target)).append(")\n"));
        }
    }

    private static void header(UpgradeReport report, StringBuilder text) {
        ConfigSyntax syntax = report.syntax();
        text.append("upgrade-check of ").append(report.config()).append(" from ").append(report.from()).append(" to ")
                .append(report.to()).append('\n');
        text.append("syntax: Dovecot ").append(syntax.line().label()).append(" (").append(syntax.evidence()).append(")\n");
        if (!report.fromReason().isEmpty()) {
            text.append("from: ").append(report.from()).append(", ").append(report.fromReason()).append('\n');
        }
        if (report.from().equals(report.to())) {
            text.append("note: from and to are the same release: only names it does not know are reported\n");
        } else if (!report.to().toString().startsWith(syntax.line().label() + ".")) {
            text.append("note: ").append(report.to()).append(" reads its own settings syntax; this check follows the")
                    .append(" names of events, categories and fields, not the settings\n");
        }
    }

    private static String line(TargetReport target) {
        return target.target().at().file() + ":" + target.target().at().line();
    }

    /** "2 of 5 break: 3 breaking findings, 1 warning, 0 notes in 3 metrics, 1 setting and 1 event_exporter". */
    static String summary(UpgradeReport report) {
        long breaking = report.targets().stream().filter(target -> target.count(Impact.BREAKING) > 0).count();
        long errors = report.problems().stream().filter(Diagnostic::isError).count();
        Map<String, Integer> kinds = new TreeMap<>();
        report.targets().forEach(target -> kinds.merge(target.target().kind().label(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        text.append(breaking == 0 ? "nothing breaks" : breaking + " of " + report.targets().size() + " break");
        text.append(": ").append(count(report.count(Impact.BREAKING), "breaking finding")).append(", ")
                .append(count(report.count(Impact.WARNING), "warning")).append(", ")
                .append(count(report.count(Impact.NOTE), "note")).append(" in ");
        text.append(kinds.isEmpty() ? "no metric, event_exporter or filter setting"
                : String.join(", ", kinds.entrySet().stream().map(kind -> count(kind.getValue(), kind.getKey())).toList()));
        if (errors > 0) {
            text.append("; the config has ").append(count(errors, "error"));
        }
        return text.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
