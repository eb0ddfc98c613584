package io.eventref.upgrade;

import io.eventref.config.ConfigSection;
import io.eventref.config.ConfigSetting;
import io.eventref.config.NamedBlock;
import io.eventref.config.SourceText;
import io.eventref.config.StatsSettings;
import io.eventref.diagnostic.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Checks one {@code metric} block: its filter (an expression, or the settings of a 2.3 metric before
 * 2.3.13), then the fields it lists in {@code fields} and groups by in {@code group_by} (2.3's
 * {@code field:method:...} words or 2.4's {@code group_by field { method ... { } }} sections), against
 * the events the filter can match; and that the exporter it names is defined.
 */
final class MetricCheck {

    /** The report on the metric, and the events its filter can match (null when the filter is malformed). */
    record Result(NamedBlock metric, TargetReport report, Carriers carriers) {
    }

    private MetricCheck() {
    }

    static Result check(NamedBlock metric, StatsSettings settings, Upgrade upgrade, Diagnostics problems) {
        Outcome outcome = new Outcome();
        Target target = new Target(Target.Kind.METRIC, metric.name(), metric.section().at());
        List<Condition> conditions = conditions(metric, settings, outcome, problems);
        if (conditions == null) {
            return new Result(metric, new TargetReport(target, false, outcome.findings(), List.of()), null);
        }
        Carriers carriers = FilterCheck.check(conditions, upgrade, outcome);
        FieldCheck fields = new FieldCheck(upgrade, outcome, carriers);
        metric.setting("fields").filter(setting -> FilterSource.unreadable(setting).isEmpty()).ifPresent(setting -> {
            Editable piece = Editable.valueOf(setting);
            for (SourceText.Word word : setting.value().words()) {
                fields.check(FieldUse.fields(word.text(), new Spot(piece, word.offset(), word.offset()
                        + word.text().length(), null)));
            }
        });
        groupBy(metric, fields);
        exporter(metric, settings, outcome);
        return new Result(metric, new TargetReport(target, true, outcome.findings(), Rewrites.of(outcome.edits())),
                carriers);
    }

    /** The metric's conditions; null when its filter is malformed, empty or missing (a problem says so). */
    private static List<Condition> conditions(NamedBlock metric, StatsSettings settings, Outcome outcome,
            Diagnostics problems) {
        String owner = "metric " + metric.name();
        Optional<ConfigSetting> filter = metric.setting("filter");
        if (filter.isPresent() && FilterSource.isBlank(filter.get())) {
            problems.error(filter.get().at(), "empty-filter", "the filter of " + owner
                    + " is empty, which Dovecot rejects (it would match nothing)");
            return null;
        }
        if (filter.isPresent()) {
            return FilterSource.read(filter.get(), owner, outcome, problems);
        }
        List<Condition> legacy = Conditions.legacy(metric);
        if (legacy.isEmpty() && !settings.syntax().legacyMetrics()) {
            problems.error(metric.section().at(), "empty-filter", owner + " has no filter, which Dovecot requires");
            return null;
        }
        return legacy;
    }

    /** 2.3: {@code group_by = field field:exponential:1:5:10 ...}; 2.4: {@code group_by field { method linear { } }}. */
    private static void groupBy(NamedBlock metric, FieldCheck fields) {
        metric.setting("group_by").filter(setting -> FilterSource.unreadable(setting).isEmpty()).ifPresent(setting -> {
            Editable piece = Editable.valueOf(setting);
            for (SourceText.Word word : setting.value().words()) {
                String[] parts = word.text().split(":", -1);
                boolean quantized = parts.length > 1 && (parts[1].equals("exponential") || parts[1].equals("linear"));
                fields.check(FieldUse.groupBy(parts[0], new Spot(piece, word.offset(), word.offset() + parts[0].length(),
                        null), quantized));
            }
        });
        for (ConfigSection section : metric.sections("group_by")) {
            boolean quantized = section.sections("method").stream().map(method -> method.name().text())
                    .anyMatch(method -> method.equals("exponential") || method.equals("linear"));
            fields.check(FieldUse.groupBy(section.name().text(), new Spot(Editable.nameOf(section), 0,
                    section.name().length(), null), quantized));
        }
    }

    private static void exporter(NamedBlock metric, StatsSettings settings, Outcome outcome) {
        metric.setting("exporter").filter(setting -> !setting.value().isEmpty()).ifPresent(setting -> {
            String name = setting.value().text();
            if (settings.exporter(name).isEmpty()) {
                outcome.add(Impact.WARNING, "unknown-exporter", setting.value().start(), "no event_exporter "
                        + Words.code(name) + " is defined in the config, and Dovecot refuses a metric that names"
                        + " an exporter it does not have", name);
            }
        });
    }
}
