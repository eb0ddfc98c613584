package io.eventref.check;

import io.eventref.json.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks streams of exported lines against one release, keeping only counts: memory stays
 * constant whatever the input (the names of undocumented events are tallied up to a limit, cut to
 * a length, and so are the distinct warnings remembered for showing each once). Errors go to the
 * listener, at most {@code maxErrors} lines per event name; each distinct warning once, with a
 * suggestion for a name that is almost a documented one. Not thread-safe.
 */
public final class EventsCheck {

    /** Receives what is to be shown, as it is found. */
    public interface Listener {
        /** A problem of line {@code line} of {@code file}; {@code event} may be null. */
        void problem(String file, long line, String event, Problem problem);
    }

    /** Sees every line that is not blank, with its verdict, as it is checked (the coverage report). */
    public interface LineObserver {
        /**
         * Line {@code line} of {@code file} is {@code bytes[offset, offset + length)} (valid only during
         * the call); {@code result} is the checker's verdict on it.
         */
        void line(String file, long line, byte[] bytes, int offset, int length, LineResult result);
    }

    private static final LineObserver NO_OBSERVER = (file, line, bytes, offset, length, result) -> { };

    /** Beyond this many distinct names, undocumented events are tallied together. */
    static final int MAX_NAMES = 10_000;
    static final String OTHER_EVENTS = "(other undocumented events)";
    /** Beyond this many distinct warnings, new ones are counted but not shown. */
    static final int MAX_WARNINGS_SHOWN = 10_000;

    private final ReleaseRules rules;
    private final LineChecker checker;
    private final int maxErrors;
    private final Listener listener;
    private final LineObserver observer;
    private final int maxLine;
    private final Map<String, EventTally> tallies = new HashMap<>();
    /** The row of lines that name no event (malformed, not an object, no event key). */
    static final String UNNAMED = "(no event name)";

    private final EventTally unnamed = new EventTally(UNNAMED, false, "malformed, or no event key");
    private final Set<String> warningsShown = new HashSet<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> empty = new ArrayList<>();
    private long lines;
    private long valid;
    private long invalid;
    private long malformed;
    private long undocumented;
    private long warnings;
    private long hiddenWarnings;
    private long hidden;

    public EventsCheck(ReleaseRules rules, int maxErrors, Listener listener) {
        this(rules, maxErrors, listener, NO_OBSERVER, JsonLines.DEFAULT_MAX_LINE);
    }

    /** A check that also shows every line to {@code observer}. */
    public EventsCheck(ReleaseRules rules, int maxErrors, Listener listener, LineObserver observer) {
        this(rules, maxErrors, listener, observer, JsonLines.DEFAULT_MAX_LINE);
    }

    EventsCheck(ReleaseRules rules, int maxErrors, Listener listener, int maxLine) {
        this(rules, maxErrors, listener, NO_OBSERVER, maxLine);
    }

    private EventsCheck(ReleaseRules rules, int maxErrors, Listener listener, LineObserver observer, int maxLine) {
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors: at least 0, got " + maxErrors);
        }
        this.rules = Objects.requireNonNull(rules, "rules");
        this.checker = new LineChecker(rules);
        this.maxErrors = maxErrors;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.maxLine = maxLine;
    }

    /** Checks every line of {@code in} (not closed), naming it {@code file} in reports. */
    public void check(String file, InputStream in) throws IOException {
        JsonLines reader = new JsonLines(in, maxLine);
        long before = lines;
        while (reader.next()) {
            LineResult result = reader.tooLong()
                    ? LineResult.malformed("line longer than " + maxLine + " bytes, not checked")
                    : checker.check(reader.bytes(), reader.offset(), reader.length());
            record(file, reader.number(), result);
            if (result.status() != LineResult.Status.BLANK) {
                observer.line(file, reader.number(), reader.bytes(), reader.offset(), reader.length(), result);
            }
        }
        if (lines == before) {
            empty.add(file);
        }
    }

    /** Notes that {@code file} could not be read (whole or from some point on). */
    public void unreadable(String file, String reason) {
        unreadable.add(file + ": " + reason);
    }

    private void record(String file, long line, LineResult result) {
        if (result.status() == LineResult.Status.BLANK) {
            return;
        }
        lines++;
        boolean withoutErrors = result.isValid();
        boolean documentedEvent = result.event() != null && result.documented();
        if (!withoutErrors) {
            invalid++;
        } else if (documentedEvent) {
            valid++;
        }
        if (result.status() == LineResult.Status.MALFORMED) {
            malformed++;
        }
        if (result.event() != null && !result.documented()) {
            undocumented++;
        }
        EventTally tally = tally(result);
        tally.count(withoutErrors);
        boolean showErrors = !withoutErrors && tally.showError(maxErrors);
        if (!withoutErrors && !showErrors) {
            hidden++;
        }
        for (Problem problem : result.problems()) {
            if (problem.isError() ? showErrors : firstTime(result.event(), problem)) {
                listener.problem(file, line, result.event(), problem.withMore(rules.hint(result.event(), problem)));
            }
        }
    }

    /** Whether the warning is shown: the first time it is met, while fewer than the limit were. */
    private boolean firstTime(String event, Problem warning) {
        warnings++;
        String key = Printable.cut(String.valueOf(event)) + '\0' + warning.location() + '\0' + warning.message();
        if (warningsShown.contains(key)) {
            return false;
        }
        if (warningsShown.size() >= MAX_WARNINGS_SHOWN) {
            hiddenWarnings++;
            return false;
        }
        return warningsShown.add(key);
    }

    private EventTally tally(LineResult result) {
        if (result.event() == null) {
            return unnamed;
        }
        String name = Printable.cut(result.event());
        EventTally tally = tallies.get(name);
        if (tally == null) {
            boolean full = !result.documented() && tallies.size() >= MAX_NAMES;
            String key = full ? OTHER_EVENTS : name;
            tally = tallies.computeIfAbsent(key, k -> new EventTally(k, result.documented(),
                    result.documented() ? null : note(k)));
        }
        return tally;
    }

    private String note(String name) {
        if (name.equals(OTHER_EVENTS)) {
            return "not documented in " + rules.release();
        }
        String absence = rules.absence(name);
        return absence != null ? absence : "not documented in " + rules.release();
    }

    public CheckSummary summary() {
        List<EventCount> events = new ArrayList<>(tallies.values().stream()
                .sorted(Comparator.comparing(EventTally::event)).map(EventTally::snapshot).toList());
        if (unnamed.lines() > 0) {
            events.add(unnamed.snapshot());
        }
        return new CheckSummary(rules.release().toString(), rules.strict(), lines, valid, invalid, malformed,
                undocumented, warnings, hiddenWarnings, hidden, maxErrors, events, unreadable, empty);
    }
}
