package io.eventref.upgrade;

import io.eventref.config.ConfigEntry;
import io.eventref.config.ConfigSection;
import io.eventref.config.ConfigSetting;
import io.eventref.config.NamedBlock;
import io.eventref.config.SourceText;
import io.eventref.filter.PlacedComparisons;
import io.eventref.filter.FilterNode;
import io.eventref.filter.Operator;
import io.eventref.filter.Term;
import java.util.ArrayList;
import java.util.List;

/** The conditions of a filter, from an expression or from the settings a 2.3 metric took before 2.3.13. */
final class Conditions {

    private Conditions() {
    }

    /** The comparisons of a parsed filter {@code setting}, in reading order. */
    static List<Condition> of(FilterNode root, ConfigSetting setting) {
        Editable piece = Editable.valueOf(setting);
        List<Condition> conditions = new ArrayList<>();
        for (PlacedComparisons.Placed placed : PlacedComparisons.of(root)) {
            FilterNode.Comparison comparison = placed.comparison();
            Term key = comparison.key();
            Term value = comparison.value();
            conditions.add(new Condition(comparison.kind(), key.text(),
                    new Spot(piece, key.span().start(), key.span().end(), key), comparison.operator(), value.text(),
                    new Spot(piece, value.span().start(), value.span().end(), value), placed.negated()));
        }
        return conditions;
    }

    /**
     * The conditions of a metric in the syntax before 2.3.13: {@code event_name}, each word of
     * {@code categories}, {@code source_location}, and each {@code field = value} of a {@code filter} section.
     */
    static List<Condition> legacy(NamedBlock metric) {
        List<Condition> conditions = new ArrayList<>();
        metric.setting("event_name").ifPresent(setting -> conditions.add(whole(setting, FilterNode.Comparison.Kind.EVENT,
                "event")));
        metric.setting("categories").ifPresent(setting -> {
            Editable piece = Editable.valueOf(setting);
            for (SourceText.Word word : setting.value().words()) {
                conditions.add(new Condition(FilterNode.Comparison.Kind.CATEGORY, "category", keySpot(setting),
                        Operator.EQUALS, word.text(), new Spot(piece, word.offset(), word.offset() + word.text().length(),
                        null), false));
            }
        });
        metric.setting("source_location").ifPresent(setting -> conditions.add(whole(setting,
                FilterNode.Comparison.Kind.SOURCE_LOCATION, "source_location")));
        for (ConfigSection filter : metric.section().sections("filter")) {
            for (ConfigEntry entry : filter.entries()) {
                if (entry instanceof ConfigSetting setting) {
                    conditions.add(new Condition(FilterNode.Comparison.Kind.FIELD, setting.name(), keySpot(setting),
                            Operator.EQUALS, setting.value().text(), valueSpot(setting), false));
                }
            }
        }
        return conditions;
    }

    private static Condition whole(ConfigSetting setting, FilterNode.Comparison.Kind kind, String key) {
        return new Condition(kind, key, keySpot(setting), Operator.EQUALS, setting.value().text(), valueSpot(setting),
                false);
    }

    private static Spot keySpot(ConfigSetting setting) {
        return new Spot(Editable.keyOf(setting), 0, setting.key().length(), null);
    }

    private static Spot valueSpot(ConfigSetting setting) {
        return new Spot(Editable.valueOf(setting), 0, setting.value().length(), null);
    }
}
