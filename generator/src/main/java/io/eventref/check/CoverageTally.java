package io.eventref.check;

import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The counts behind a coverage report while lines are read, within bounds: at most
 * {@link #MAX_NAMES} names of undocumented events and of undocumented categories,
 * {@link #MAX_PAIRS} (event, field) pairs, {@link #MAX_FIELDS} field names per undocumented event
 * and {@link #MAX_CATEGORY_EVENTS} events per undocumented category; what is beyond is counted as
 * dropped. Names come cut ({@link Printable#cut}). Mutable, not thread-safe.
 */
final class CoverageTally {

    static final int MAX_NAMES = EventsCheck.MAX_NAMES;
    static final int MAX_PAIRS = 100_000;
    static final int MAX_FIELDS = 1_000;
    static final int MAX_CATEGORY_EVENTS = 20;

    /** An event name and a field name, ordered by event, then field. */
    private record Pair(String event, String field) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byEvent = event.compareTo(other.event);
            return byEvent != 0 ? byEvent : field.compareTo(other.field);
        }
    }

    /**
     * The lines of an (event, field) pair, and what was said of it the first time: why it is
     * undocumented, the context it came from, or (a mismatch) the expected type, the message and
     * where it was met.
     */
    private static final class PairSeen {
        long lines;
        final String what;
        final String message;
        final String where;

        PairSeen(String what, String message, String where) {
            this.what = what;
            this.message = message;
            this.where = where;
        }
    }

    /** The lines of an undocumented name, why it is undocumented, and the names seen with it (fields, or events). */
    private static final class NameSeen {
        long lines;
        final String note;
        final Set<String> with = new TreeSet<>();

        NameSeen(String note) {
            this.note = note;
        }
    }

    private final Map<String, long[]> observed = new HashMap<>();
    private final Map<String, NameSeen> undocumentedEvents = new HashMap<>();
    private final Map<String, NameSeen> undocumentedCategories = new HashMap<>();
    private final Map<Pair, PairSeen> undocumentedFields = new HashMap<>();
    private final Map<Pair, PairSeen> contextFields = new HashMap<>();
    private final Map<Pair, PairSeen> mismatches = new HashMap<>();
    private long dropped;

    /** A line of the documented event {@code event}. */
    void observed(String event) {
        observed.computeIfAbsent(event, key -> new long[1])[0]++;
    }

    /** A line of the undocumented event {@code event}; {@code note} says why it is undocumented. */
    void undocumentedEvent(String event, String note) {
        NameSeen seen = named(undocumentedEvents, event, note);
        if (seen != null) {
            seen.lines++;
        }
    }

    /** A field of a line of the undocumented event {@code event}. */
    void fieldOfUndocumented(String event, String field, String note) {
        NameSeen seen = named(undocumentedEvents, event, note);
        if (seen != null) {
            with(seen, field, MAX_FIELDS);
        }
    }

    /** A category that the release does not document, on a line of {@code event}. */
    void undocumentedCategory(String category, String event) {
        NameSeen seen = named(undocumentedCategories, category, null);
        if (seen != null) {
            seen.lines++;
            if (seen.with.size() < MAX_CATEGORY_EVENTS) {
                seen.with.add(event);
            }
        }
    }

    void undocumentedField(String event, String field, String note) {
        count(undocumentedFields, new Pair(event, field), note, null, null);
    }

    void contextField(String event, String field, String context) {
        count(contextFields, new Pair(event, field), context, null, null);
    }

    /** A value that fits not its field of type {@code expected}: the check's {@code message}, met at {@code where}. */
    void mismatch(String event, String field, String expected, String message, String where) {
        count(mismatches, new Pair(event, field), expected, message, where);
    }

    private NameSeen named(Map<String, NameSeen> names, String name, String note) {
        NameSeen seen = names.get(name);
        if (seen == null) {
            if (names.size() >= MAX_NAMES) {
                dropped++;
                return null;
            }
            seen = new NameSeen(note);
            names.put(name, seen);
        }
        return seen;
    }

    private void with(NameSeen seen, String name, int max) {
        if (seen.with.size() < max) {
            seen.with.add(name);
        } else if (!seen.with.contains(name)) {
            dropped++;
        }
    }

    private void count(Map<Pair, PairSeen> map, Pair pair, String what, String message, String where) {
        PairSeen seen = map.get(pair);
        if (seen == null) {
            if (undocumentedFields.size() + contextFields.size() + mismatches.size() >= MAX_PAIRS) {
                dropped++;
                return;
            }
            seen = new PairSeen(what, message, where);
            map.put(pair, seen);
        }
        seen.lines++;
    }

    /**
     * The report of the counts: {@code documented} are the names of the events the release
     * documents, in alphabetical order.
     */
    CoverageReport report(CheckSummary summary, List<String> files, Collection<String> documented, Version release,
            UnreachedReasons reasons) {
        List<CoverageReport.Observed> seen = new ArrayList<>();
        List<CoverageReport.Unreached> never = new ArrayList<>();
        for (String name : documented) {
            long[] lines = observed.get(name);
            if (lines != null) {
                seen.add(new CoverageReport.Observed(name, lines[0]));
            } else {
                never.add(new CoverageReport.Unreached(name, reasons.reason(name, release).orElse(null)));
            }
        }
        return new CoverageReport(summary, files, documented.size(), seen,
                names(undocumentedEvents, (name, e) -> new CoverageReport.UndocumentedEvent(name, e.lines, e.note,
                        List.copyOf(e.with))),
                pairs(undocumentedFields, (pair, f) -> new CoverageReport.UndocumentedField(pair.event(), pair.field(),
                        f.lines, f.what)),
                names(undocumentedCategories, (name, c) -> new CoverageReport.UndocumentedCategory(name, c.lines,
                        List.copyOf(c.with))),
                pairs(mismatches, (pair, m) -> new CoverageReport.Mismatch(pair.event(), pair.field(), m.lines, m.what,
                        m.message, m.where)),
                pairs(contextFields, (pair, c) -> new CoverageReport.ContextField(pair.event(), pair.field(), c.lines,
                        c.what)),
                never, dropped);
    }

    private static <T> List<T> names(Map<String, NameSeen> map, BiFunction<String, NameSeen, T> row) {
        return new TreeMap<>(map).entrySet().stream().map(e -> row.apply(e.getKey(), e.getValue())).toList();
    }

    private static <T> List<T> pairs(Map<Pair, PairSeen> map, BiFunction<Pair, PairSeen, T> row) {
        return new TreeMap<>(map).entrySet().stream().map(e -> row.apply(e.getKey(), e.getValue())).toList();
    }
}
