package io.eventref.check;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a check. {@code lines}: non-blank lines read; {@code valid}: lines of events the
 * release documents, without errors; {@code invalid}: lines with errors, {@code malformed}
 * included; {@code undocumented}: lines of events the release does not document, which are never
 * valid (invalid when strict); {@code warnings}: warnings found (each distinct one is shown once,
 * up to a limit); {@code hiddenWarnings}: distinct warnings not shown because of that limit;
 * {@code hidden}: invalid lines not shown because of the per-event limit; {@code events} by name,
 * then the lines that name no event as {@code (no event name)} when there are any;
 * {@code unreadable}: inputs that could not be read (whole or in part), as {@code name: reason};
 * {@code empty}: inputs that held no line to check. Immutable.
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
        long hiddenWarnings,
        long hidden,
        int maxErrors,
        List<EventCount> events,
        List<String> unreadable,
        List<String> empty) {

    public CheckSummary {
        Objects.requireNonNull(release, "release");
        events = List.copyOf(events);
        unreadable = List.copyOf(unreadable);
        empty = List.copyOf(empty);
    }
}
