package io.eventref.upgrade;

import io.eventref.config.ConfigSyntax;
import io.eventref.diagnostic.Diagnostic;
import io.eventref.model.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The whole check of one config: the file, its syntax, the two releases compared and why the older
 * one was chosen ({@code fromReason}; empty when it was given), the config's own problems (sorted),
 * and a report per target, those with the most severe findings first, then those without findings,
 * then those that could not be checked; metrics, then filter settings, then exporters, in reading
 * order, within each.
 */
public record UpgradeReport(String config, ConfigSyntax syntax, Version from, Version to, String fromReason,
        List<Diagnostic> problems, List<TargetReport> targets) {

    public UpgradeReport {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromReason, "fromReason");
        problems = problems.stream().distinct().sorted().toList();
        targets = targets.stream().sorted(Comparator.comparingInt(UpgradeReport::rank)).toList();
    }

    private static int rank(TargetReport report) {
        if (!report.checked()) {
            return Impact.values().length + 1;
        }
        return report.worst().map(Impact::ordinal).orElse(Impact.values().length);
    }

    /** Whether the config has errors of its own (it is malformed). */
    public boolean malformed() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    public long count(Impact severity) {
        return targets.stream().mapToLong(report -> report.count(severity)).sum();
    }

    /** Whether the upgrade breaks something the config names. */
    public boolean breaks() {
        return count(Impact.BREAKING) > 0;
    }
}
