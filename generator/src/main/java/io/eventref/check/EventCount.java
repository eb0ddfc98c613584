package io.eventref.check;

import java.util.Objects;

/**
 * The lines of one event name in a check: how many, how many valid (of a documented event, without
 * errors) and invalid, whether the release documents the event and, if not, why ({@code note}:
 * "removed in 2.3.18"; null when documented). A line of an undocumented event is never valid.
 */
public record EventCount(String event, boolean documented, String note, long lines, long valid, long invalid) {

    public EventCount {
        Objects.requireNonNull(event, "event");
    }
}
