package io.eventref.upgrade;

import io.eventref.config.ConfigSetting;
import io.eventref.config.NamedBlock;
import io.eventref.config.SourceText;
import io.eventref.model.Field;
import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an {@code event_exporter} from the side of whoever reads what it exports: for each metric
 * that exports through it, the events whose exported lines change name or stop, and, when the metric
 * exports every field of its events (no {@code fields} setting, {@code fields} in
 * {@code exporter_include}), the fields of those events that are renamed or removed. Findings stand
 * at the metric's {@code exporter} setting, which ties the two together.
 */
final class ExporterCheck {

    /** What a metric exports when it says nothing: Dovecot's {@code STATS_METRIC_SETTINGS_DEFAULT_EXPORTER_INCLUDE}. */
    static final List<String> DEFAULT_INCLUDE = List.of("name", "hostname", "timestamps", "categories", "fields");

    private ExporterCheck() {
    }

    static TargetReport check(NamedBlock exporter, List<MetricCheck.Result> metrics, Upgrade upgrade) {
        Outcome outcome = new Outcome();
        Target target = new Target(Target.Kind.EXPORTER, exporter.name(), exporter.section().at());
        boolean used = false;
        for (MetricCheck.Result result : metrics) {
            Optional<ConfigSetting> link = result.metric().setting("exporter")
                    .filter(setting -> setting.value().text().equals(exporter.name()));
            if (link.isPresent()) {
                used = true;
                if (result.carriers() != null) {
                    exported(result, link.get().value().start(), upgrade, outcome);
                }
            }
        }
        if (!used) {
            outcome.add(Impact.NOTE, "unused-exporter", exporter.section().at(), "no metric exports through "
                    + "event_exporter " + Words.code(exporter.name()), exporter.name());
        }
        return new TargetReport(target, true, outcome.findings(), List.of());
    }

    private static void exported(MetricCheck.Result result, SourceRef at, Upgrade upgrade, Outcome outcome) {
        String metric = Words.code(result.metric().name());
        if (result.carriers().everyEvent()) {
            outcome.add(Impact.NOTE, "exports-every-event", at, "metric " + metric + " exports every event: "
                    + "`eventref diff " + upgrade.from() + " " + upgrade.to() + "` lists all that changes", result.metric().name());
            return;
        }
        boolean allFields = include(result.metric()).contains("fields") && result.metric().setting("fields").isEmpty();
        for (Carriers.Carrier carrier : result.carriers().list()) {
            if (carrier.before() == null) {
                continue;
            }
            if (carrier.after() == null) {
                outcome.add(Impact.BREAKING, "exported-event-stops", at, "metric " + metric + " exports no "
                        + Words.code(carrier.before()) + " lines in " + upgrade.to() + ": the event is gone or no"
                        + " longer matched", carrier.before());
                continue;
            }
            if (!carrier.after().equals(carrier.before())) {
                outcome.add(Impact.BREAKING, "exported-event-renamed", at, "the " + Words.code(carrier.before())
                        + " lines that metric " + metric + " exports are " + Words.code(carrier.after()) + " lines in "
                        + upgrade.to(), carrier.before(), carrier.after(), null);
            }
            if (allFields) {
                fields(carrier, metric, at, upgrade, outcome);
            }
        }
    }

    private static void fields(Carriers.Carrier carrier, String metric, SourceRef at, Upgrade upgrade, Outcome outcome) {
        List<String> renamed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Version release = null;
        for (String name : Upgrade.fieldNames(upgrade.before(), carrier.before())) {
            Field field = Upgrade.field(upgrade.before(), carrier.before(), name).orElseThrow();
            Fate fate = Fate.of(upgrade, carrier, field);
            if (fate.renamed() != null) {
                renamed.add(Words.code(field.name()) + " as " + Words.code(fate.nameAfter()));
                release = Version.earlier(release, fate.renamed().version());
            } else if (fate.removed() != null) {
                removed.add(Words.code(field.name()));
                release = Version.earlier(release, fate.removed().version());
            }
        }
        if (renamed.isEmpty() && removed.isEmpty()) {
            return;
        }
        String what = (renamed.isEmpty() ? "" : "carry " + String.join(", ", renamed))
                + (renamed.isEmpty() || removed.isEmpty() ? "" : ", and ")
                + (removed.isEmpty() ? "" : "lose " + String.join(", ", removed));
        outcome.add(Impact.BREAKING, "exported-fields", at, "the " + Words.code(carrier.after()) + " lines that metric "
                + metric + " exports " + what + " in " + upgrade.to(), carrier.before(), null, release);
    }

    /** The words of the metric's {@code exporter_include}, or Dovecot's default. */
    private static List<String> include(NamedBlock metric) {
        return metric.setting("exporter_include")
                .map(setting -> setting.value().words().stream().map(SourceText.Word::text).toList())
                .orElse(DEFAULT_INCLUDE);
    }
}
