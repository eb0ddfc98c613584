package io.eventref.upgrade;

import io.eventref.config.ConfigReader;
import io.eventref.config.FilterSetting;
import io.eventref.config.NamedBlock;
import io.eventref.config.StatsSettings;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.diff.DiffReport;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a Dovecot config against an upgrade from one release to another: every event, category and
 * field that its metrics, event exporters and filter settings name, resolved in the reference as of
 * each release, with what the {@link DiffReport} of the two says happened in between. A pure function
 * of its inputs; thread-safe.
 */
public final class UpgradeCheck {

    private final Upgrade upgrade;

    /**
     * @param diff what changed from {@code from} to {@code to}, as {@link io.eventref.diff.Differ} reports it
     *     (a report without differences when the two are the same release)
     * @throws IllegalArgumentException when {@code from} is after {@code to}, or the diff is of other releases
     * @throws java.util.NoSuchElementException when a release is not listed
     */
    public UpgradeCheck(Reference reference, Version from, Version to, DiffReport diff) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(diff, "diff");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: " + from + " is after to: " + to);
        }
        if (!diff.from().equals(from) || !diff.to().equals(to)) {
            throw new IllegalArgumentException("diff: of " + diff.from() + " to " + diff.to() + ", not " + from + " to " + to);
        }
        this.upgrade = Upgrade.of(reference, from, to, diff);
    }

    /**
     * The report on {@code config} as read; {@code display} names the config file, {@code fromReason}
     * says why the older release is the one it is (empty when it was given).
     */
    public UpgradeReport check(ConfigReader.Result config, String display, String fromReason) {
        StatsSettings settings = StatsSettings.of(config.root());
        Diagnostics problems = new Diagnostics();
        problems.addAll(config.diagnostics());
        List<TargetReport> reports = new ArrayList<>();
        List<MetricCheck.Result> metrics = new ArrayList<>();
        for (NamedBlock metric : settings.metrics()) {
            MetricCheck.Result result = MetricCheck.check(metric, settings, upgrade, problems);
            metrics.add(result);
            reports.add(result.report());
        }
        for (FilterSetting setting : settings.filterSettings()) {
            reports.add(SettingCheck.check(setting, upgrade, problems));
        }
        for (NamedBlock exporter : settings.exporters()) {
            reports.add(ExporterCheck.check(exporter, metrics, upgrade));
        }
        return new UpgradeReport(display, settings.syntax(), upgrade.from(), upgrade.to(), fromReason,
                problems.sorted(), reports);
    }
}
