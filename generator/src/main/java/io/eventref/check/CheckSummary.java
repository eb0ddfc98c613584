package io.eventref.check;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a check. {@code lines}: non-blank lines read; {@code invalid} includes
 * {@code malformed}; {@code undocumented}: lines of events the release does not document;
 * {@code warnings}: warnings found (each distinct one is shown once); {@code hidden}: invalid
 * lines not shown because of the per-event limit; {@code events} by name, then the lines that name
 * no event as {@code (no event name)} when there are any; {@code unreadable}:
 * inputs that could not be read (whole or in part), as {@code name: reason}. Immutable.
 */
public record CheckSummary(
        String release,
        boolean strict,
        long lines,
        long valid,
        long invalid,
        long malformed,
        long undocumented,
        long warnings,
        long hidden,
        int maxErrors,
        List<EventCount> events,
        List<String> unreadable) {

    public CheckSummary {
        Objects.requireNonNull(release, "release");
        events = List.copyOf(events);
        unreadable = List.copyOf(unreadable);
    }
}
