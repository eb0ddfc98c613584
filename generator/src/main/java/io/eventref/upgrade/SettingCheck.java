package io.eventref.upgrade;

import io.eventref.config.FilterSetting;
import io.eventref.diagnostic.Diagnostics;
import java.util.List;

/** Checks a setting that holds an event filter ({@code log_debug}, ...): its events, categories and fields. */
final class SettingCheck {

    private SettingCheck() {
    }

    static TargetReport check(FilterSetting setting, Upgrade upgrade, Diagnostics problems) {
        Outcome outcome = new Outcome();
        Target target = new Target(Target.Kind.SETTING, setting.label(), setting.setting().at());
        List<Condition> conditions = FilterSource.read(setting.setting(), "setting " + setting.label(), outcome,
                problems);
        if (conditions != null) {
            FilterCheck.check(conditions, upgrade, outcome);
        }
        return new TargetReport(target, conditions != null, outcome.findings(), Rewrites.of(outcome.edits()));
    }
}
