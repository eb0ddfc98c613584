package io.eventref.upgrade;

import io.eventref.config.ConfigSetting;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.filter.FilterParser;
import io.eventref.filter.ParsedFilter;
import java.util.List;
import java.util.Optional;

/**
 * Reads the filter expression of a setting into conditions: a malformed one is a problem of the
 * config (rule {@code malformed-filter}, at the offending token), one read from a file or built from
 * {@code $} variables cannot be read here (a note says so).
 */
final class FilterSource {

    private FilterSource() {
    }

    /**
     * The conditions of {@code setting}'s filter; empty when there are none to check (blank, not
     * readable here); null when the filter is malformed (the problem is added to {@code problems}).
     */
    static List<Condition> read(ConfigSetting setting, String owner, Outcome outcome, Diagnostics problems) {
        Optional<String> unreadable = unreadable(setting);
        if (unreadable.isPresent()) {
            outcome.add(Impact.NOTE, "unchecked", setting.value().start(), "the filter of " + owner + " "
                    + unreadable.get() + ", which eventref does not read; it is not checked", setting.name());
            return List.of();
        }
        ParsedFilter parsed = FilterParser.parse(setting.value().text());
        if (parsed instanceof ParsedFilter.Malformed malformed) {
            problems.error(setting.value().at(malformed.error().span().start()), "malformed-filter",
                    "the filter of " + owner + " is malformed: " + malformed.error().message());
            return null;
        }
        if (parsed instanceof ParsedFilter.Tree tree) {
            return Conditions.of(tree.root(), setting);
        }
        return List.of();
    }

    static boolean isBlank(ConfigSetting setting) {
        return setting.form() != ConfigSetting.Form.FILE && setting.form() != ConfigSetting.Form.VARIABLE
                && setting.value().text().isBlank();
    }

    /** Why the value is not here to read, if it is not. */
    static Optional<String> unreadable(ConfigSetting setting) {
        return switch (setting.form()) {
            case FILE -> Optional.of("is read from the file " + setting.value().text());
            case VARIABLE -> Optional.of("uses $ variables");
            default -> Optional.empty();
        };
    }
}
