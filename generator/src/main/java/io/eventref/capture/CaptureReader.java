package io.eventref.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.json.Json;
import io.eventref.json.JsonLines;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a capture (the lines Dovecot's event exporter wrote with {@code format = json}, one object a
 * line) in one pass, in memory bounded by what it keeps: per event name, the lines, the fields and
 * the kinds of their values, and the line with the most fields. A line that is not a JSON object
 * with a string {@code event} is skipped with a warning. Thread-safe: each read is its own.
 */
public final class CaptureReader {

    /** Longer lines are skipped: Dovecot's are under a few kilobytes. */
    public static final int MAX_LINE = 1024 * 1024;
    /** Distinct event names kept; the lines of further names are counted as skipped. */
    public static final int MAX_EVENTS = 10_000;
    /** Distinct field names kept per event; further ones are not. */
    public static final int MAX_FIELDS = 1_000;
    /** Skipped lines reported one by one; the rest are counted in one more warning. */
    static final int MAX_WARNINGS = 10;
    static final String RULE = "capture-line";

    /** Reads an example line again as a tree: numbers keep their digits. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(LineScan.JSON)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads {@code in} to its end (the caller closes it); warnings name the capture {@code file}. */
    public Capture read(InputStream in, String file) throws IOException {
        Tally tally = new Tally(file);
        JsonLines lines = new JsonLines(in, MAX_LINE);
        while (lines.next()) {
            tally.line(lines);
        }
        return tally.capture();
    }

    /** What one read has seen so far. */
    private static final class Tally {
        private final String file;
        private final Map<String, EventTally> events = new HashMap<>();
        private final Diagnostics warnings = new Diagnostics();
        private final LineScan scan = new LineScan();
        private long lines;
        private long skipped;
        private long unreported;
        private long dropped;

        Tally(String file) {
            this.file = file;
        }

        void line(JsonLines line) {
            if (!line.tooLong() && blank(line.bytes(), line.offset(), line.length())) {
                return;
            }
            lines++;
            if (line.tooLong()) {
                skip(line.number(), 1, "the line is longer than " + MAX_LINE / 1024 + " KiB");
                return;
            }
            byte[] bytes = line.bytes();
            int bom = line.number() == 1 && line.length() >= 3 && (bytes[line.offset()] & 0xFF) == 0xEF
                    && (bytes[line.offset() + 1] & 0xFF) == 0xBB && (bytes[line.offset() + 2] & 0xFF) == 0xBF ? 3 : 0;
            if (!startsObject(bytes, line.offset() + bom, line.length() - bom)) {
                skip(line.number(), 1, "the line is not a JSON object");
                return;
            }
            int from = line.offset() + bom;
            int length = line.length() - bom;
            try {
                if (!scan.scan(bytes, from, length)) {
                    skip(line.number(), 1, "the line is not a JSON object with a string \"event\"");
                    return;
                }
            } catch (JsonProcessingException e) {
                skip(line.number(), e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr() + bom),
                        "the line is not JSON" + (e.getOriginalMessage().startsWith("Duplicate field")
                                ? " (a key is repeated)" : ""));
                return;
            } catch (IOException e) {
                skip(line.number(), 1, "the line is not JSON");
                return;
            }
            EventTally event = events.get(scan.event());
            if (event == null) {
                if (events.size() == MAX_EVENTS) {
                    skipped++;
                    dropped++;
                    return;
                }
                event = new EventTally(scan.event());
                events.put(scan.event(), event);
            }
            event.add(scan, line.number(), bytes, from, length);
        }

        private void skip(long number, int column, String why) {
            skipped++;
            if (skipped - dropped > MAX_WARNINGS) {
                unreported++;
                return;
            }
            warnings.warning(new SourceRef(file, (int) Math.min(number, Integer.MAX_VALUE), column), RULE,
                    why + "; skipped");
        }

        Capture capture() {
            if (unreported > 0) {
                warnings.warning(SourceRef.startOf(file), RULE, unreported + " more lines are not read as events"
                        + " (only the first " + MAX_WARNINGS + " are named)");
            }
            if (dropped > 0) {
                warnings.warning(SourceRef.startOf(file), RULE, String.format(Locale.ROOT, "more than %d distinct"
                        + " event names: the %d lines of the others are counted, not read", MAX_EVENTS, dropped));
            }
            Map<String, ObservedEvent> observed = new TreeMap<>();
            events.forEach((name, event) -> observed.put(name, event.observed()));
            return new Capture(file, lines, skipped, new TreeMap<>(observed), warnings.sorted());
        }

        /** Whether the first byte that is not white space is '{' (so that the parser reads UTF-8). */
        private static boolean startsObject(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return bytes[i] == '{';
                }
            }
            return false;
        }

        private static boolean blank(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** One event name's lines so far. */
    private static final class EventTally {
        private final String name;
        private final Map<String, FieldTally> fields = new HashMap<>();
        private long lines;
        private Example example;

        EventTally(String name) {
            this.name = name;
        }

        void add(LineScan line, long number, byte[] bytes, int offset, int length) {
            lines++;
            List<String> names = line.names();
            for (int i = 0; i < names.size(); i++) {
                FieldTally tally = fields.get(names.get(i));
                if (tally == null) {
                    if (fields.size() == MAX_FIELDS) {
                        continue;
                    }
                    tally = new FieldTally();
                    fields.put(names.get(i), tally);
                }
                tally.lines++;
                tally.kinds.add(line.kinds().get(i));
            }
            if (example == null || names.size() > example.fieldCount()) {
                example = new Example(number, names.size(), pretty(bytes, offset, length));
            }
        }

        /** The line, read again as a tree, in the canonical JSON form. */
        private static String pretty(byte[] bytes, int offset, int length) {
            try {
                return Json.pretty(MAPPER.readTree(bytes, offset, length));
            } catch (IOException e) {
                throw new IllegalStateException("a line the streaming parser read is JSON", e);
            }
        }

        ObservedEvent observed() {
            Map<String, FieldTally> sorted = new TreeMap<>(fields);
            return new ObservedEvent(name, lines, sorted.entrySet().stream()
                    .map(field -> new ObservedField(field.getKey(), field.getValue().lines,
                            List.copyOf(field.getValue().kinds)))
                    .toList(), example);
        }
    }

    private static final class FieldTally {
        private final Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        private long lines;
    }
}
