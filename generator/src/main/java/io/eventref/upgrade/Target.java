package io.eventref.upgrade;

import io.eventref.model.SourceRef;
import java.util.Objects;

/** What the check reports on: a metric, an event exporter, or a setting that holds an event filter. */
public record Target(Kind kind, String name, SourceRef at) {

    /** The kinds of target, as reports name them. */
    public enum Kind {
        METRIC("metric"),
        EXPORTER("event_exporter"),
        SETTING("setting");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }

    /** "metric imap_traffic", "setting log_debug". */
    public String label() {
        return kind.label() + " " + name;
    }
}
