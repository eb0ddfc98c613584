package io.eventref.config;

import java.util.List;
import java.util.Objects;

/**
 * A setting whose value is an event filter, outside metrics: {@code log_debug}, {@code log_core_filter},
 * {@code process_shutdown_filter}. {@code scope} names the sections it is in ({@code protocol imap}),
 * empty at the top level.
 */
public record FilterSetting(ConfigSetting setting, String scope) {

    /** The settings that hold an event filter, in Dovecot 2.3 and 2.4 alike. */
    public static final List<String> KEYS = List.of("log_debug", "log_core_filter",
            "process_shutdown_filter");

    public FilterSetting {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(scope, "scope");
    }

    /** "log_debug", or "protocol imap / log_debug" inside a section. */
    public String label() {
        return scope.isEmpty() ? setting.name() : scope + " / " + setting.name();
    }
}
