package io.eventref.upgrade;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the check found about one target: its findings, most severe first, and its lines rewritten.
 * {@code checked} is false when the target could not be checked (its filter is malformed; the
 * problem is among the config's).
 */
public record TargetReport(Target target, boolean checked, List<Finding> findings, List<Rewrite> rewrites) {

    public TargetReport {
        Objects.requireNonNull(target, "target");
        findings = findings.stream().distinct().sorted().toList();
        rewrites = List.copyOf(rewrites);
    }

    /** The most severe finding's severity; empty when nothing was found. */
    public Optional<Impact> worst() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo);
    }

    /** The target's state in one word: its worst severity's label, {@code ok}, or {@code unchecked}. */
    public String status() {
        if (!checked) {
            return "unchecked";
        }
        return worst().map(Impact::label).orElse("ok");
    }

    public long count(Impact severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
