package io.eventref.check;

import java.util.Objects;

/** The running count of one event name's lines while a check runs; mutable, not thread-safe. */
final class EventTally {

    private final String event;
    private final boolean documented;
    private final String note;
    private long lines;
    private long valid;
    private long invalid;
    private long shownErrors;

    EventTally(String event, boolean documented, String note) {
        this.event = Objects.requireNonNull(event, "event");
        this.documented = documented;
        this.note = note;
    }

    /** Counts a line: with errors, or without (valid only when the release documents its event). */
    void count(boolean withoutErrors) {
        lines++;
        if (!withoutErrors) {
            invalid++;
        } else if (documented) {
            valid++;
        }
    }

    /** Whether one more error line of this event may still be shown, at most {@code max}; counts it if so. */
    boolean showError(int max) {
        if (shownErrors >= max) {
            return false;
        }
        shownErrors++;
        return true;
    }

    String event() {
        return event;
    }

    long lines() {
        return lines;
    }

    /** The counts so far, as a value. */
    EventCount snapshot() {
        return new EventCount(event, documented, note, lines, valid, invalid);
    }
}
