package io.eventref.capture;

import io.eventref.diagnostic.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One capture read whole: {@code lines} is how many non-blank lines it has, {@code skipped} how many
 * of them were not read as an event (not a JSON object with an {@code event} name, too long, or
 * beyond what is kept), {@code events} what the rest held, by event name. {@code warnings} say why
 * lines were skipped, at their position (the first few; the rest are counted). Immutable.
 */
public record Capture(String file, long lines, long skipped, SortedMap<String, ObservedEvent> events,
        List<Diagnostic> warnings) {

    public Capture {
        Objects.requireNonNull(file, "file");
        events = Collections.unmodifiableSortedMap(new TreeMap<>(events));
        warnings = List.copyOf(warnings);
    }

    /** What the capture holds of the event called {@code name}, if any line has it. */
    public Optional<ObservedEvent> find(String name) {
        return Optional.ofNullable(events.get(name));
    }
}
