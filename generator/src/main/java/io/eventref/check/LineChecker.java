package io.eventref.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.eventref.model.FieldType;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Judges one exported line as {@code events.schema.json} (strict: {@code events.strict.schema.json})
 * of the release does, in one pass of Jackson's streaming parser, without building a tree: the
 * envelope, then the event's fields against its rules. Reports say, version-aware, why an event or
 * field is not documented ("removed in 2.3.18"). Not thread-safe: one per thread.
 */
public final class LineChecker {

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("\\(column (\\d+)\\)$");
    private static final FieldRule[] TIMESTAMP = {new FieldRule(FieldType.TIMESTAMP, List.of(), null)};
    private static final FieldRule[] STRINGS = {new FieldRule(FieldType.STRING_LIST, List.of(), null)};

    private final ReleaseRules rules;
    private final JsonFactory json = jsonFactory();
    private final FieldsCheck fields;
    private final ValueCheck values = new ValueCheck();
    private final Problem[] error = new Problem[1];

    /** The parsers of lines: within the limits that {@link Malformed} names. */
    static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Malformed.MAX_DEPTH)
                        .maxNumberLength(Malformed.MAX_NUMBER_DIGITS)
                        .maxNameLength(Malformed.MAX_KEY_LENGTH)
                        .build())
                .build();
    }

    public LineChecker(ReleaseRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.fields = new FieldsCheck(rules.strict(), rules.maxVariants());
    }

    /** What the top level said so far. {@code fields} is checked at once when the event is known. */
    private static final class Envelope {
        boolean hasEvent;
        String name;
        int fieldsStart = -1;
        int fieldsEnd;
    }

    /**
     * Judges the line {@code bytes[offset, offset + length)}, without its line end, read as UTF-8
     * whatever its first bytes look like. Whatever the bytes, the verdict is a result, never an
     * exception.
     */
    public LineResult check(byte[] bytes, int offset, int length) {
        if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF) {
            // A UTF-8 byte order mark (an editor's, at the start of a file) is not part of the line;
            // the parser would skip it only when at least four bytes follow.
            return withColumnsFrom(2, check(bytes, offset + 3, length - 3));
        }
        String notUtf8 = notUtf8(bytes, offset, length);
        if (notUtf8 != null) {
            return LineResult.malformed(notUtf8);
        }
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            try {
                return check(parser, new Line(bytes, offset, length));
            } catch (JsonProcessingException e) {
                return LineResult.malformed(Malformed.describe(e, parser, bytes, offset, length));
            }
        } catch (IOException e) {
            // Only the bytes can be wrong: the parser reads an array.
            return LineResult.malformed("malformed JSON: " + Malformed.reason(new JsonParseException(null,
                    String.valueOf(e.getMessage()))));
        }
    }

    /** {@code result} with the columns its message names counted from {@code first} (a byte order mark before). */
    private static LineResult withColumnsFrom(int first, LineResult result) {
        if (result.status() != LineResult.Status.MALFORMED) {
            return result;
        }
        String message = result.problems().get(0).message();
        java.util.regex.Matcher column = COLUMN.matcher(message);
        return column.find() ? LineResult.malformed(message.substring(0, column.start(1))
                + (Integer.parseInt(column.group(1)) + first - 1) + message.substring(column.end(1))) : result;
    }

    /**
     * Why Jackson would not read the line as UTF-8, or null. It guesses UTF-16 or UTF-32 from a
     * zero byte among the first four or a byte order mark; neither is a JSON line of the exporter.
     */
    private static String notUtf8(byte[] bytes, int offset, int length) {
        if (length >= 2 && ((bytes[offset] & 0xFF) == 0xFE && (bytes[offset + 1] & 0xFF) == 0xFF
                || (bytes[offset] & 0xFF) == 0xFF && (bytes[offset + 1] & 0xFF) == 0xFE)) {
            return "malformed JSON: a UTF-16 byte order mark; lines must be UTF-8 (column 1)";
        }
        for (int i = 0; i < Math.min(4, length); i++) {
            if (bytes[offset + i] == 0) {
                return "malformed JSON: a NUL byte, which JSON does not allow outside strings (column " + (i + 1) + ")";
            }
        }
        return null;
    }

    private LineResult check(JsonParser parser, Line line) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return LineResult.BLANK;
        }
        Findings findings = new Findings();
        if (first != JsonToken.START_OBJECT) {
            findings.error("", "expected a JSON object" + Got.got(parser));
            parser.skipChildren();
            return end(parser, line, null, false, findings);
        }
        Envelope envelope = new Envelope();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            member(parser, key, envelope, findings);
        }
        EventRules event = envelope.name == null ? null : rules.event(envelope.name);
        if (!envelope.hasEvent) {
            findings.error("event", "missing");
        }
        if (envelope.fieldsStart >= 0) {
            try (JsonParser later = json.createParser(line.bytes(), line.offset() + envelope.fieldsStart,
                    envelope.fieldsEnd - envelope.fieldsStart)) {
                later.nextToken();
                fields.check(later, event, findings);
            }
        }
        return end(parser, line, envelope.name, event != null, findings);
    }

    private void member(JsonParser parser, String key, Envelope envelope, Findings findings) throws IOException {
        switch (key) {
            case "event" -> {
                envelope.hasEvent = true;
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    envelope.name = parser.getText();
                    judgeEvent(envelope.name, findings);
                } else {
                    findings.error("event", "expected string" + Got.got(parser));
                    parser.skipChildren();
                }
            }
            case "hostname" -> {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    findings.error("hostname", "expected string" + Got.got(parser));
                }
                parser.skipChildren();
            }
            case "start_time", "end_time" -> value(parser, key, TIMESTAMP, findings);
            case "categories" -> value(parser, key, STRINGS, findings);
            case "fields" -> fieldsMember(parser, envelope, findings);
            default -> parser.skipChildren();
        }
    }

    private void value(JsonParser parser, String key, FieldRule[] rule, Findings findings) throws IOException {
        if (values.check(parser, "", key, rule, 1, error)) {
            findings.add(error[0]);
        }
    }

    /** Checks {@code fields} now when the event came first (as Dovecot writes it), else marks it for later. */
    private void fieldsMember(JsonParser parser, Envelope envelope, Findings findings) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            findings.error("fields", "expected object" + Got.got(parser));
            parser.skipChildren();
        } else if (envelope.hasEvent) {
            fields.check(parser, envelope.name == null ? null : rules.event(envelope.name), findings);
        } else {
            envelope.fieldsStart = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            envelope.fieldsEnd = (int) parser.currentLocation().getByteOffset();
        }
    }

    /** Whether the release documents the event: a warning if it is deprecated; if not, why, as a warning (strict: error). */
    private void judgeEvent(String name, Findings findings) {
        EventRules event = rules.event(name);
        if (event != null) {
            if (event.deprecation() != null) {
                findings.warning("event", event.deprecation());
            }
            return;
        }
        String absence = rules.absence(name);
        String message = absence != null ? absence : "not documented in " + rules.release();
        Problem problem = rules.strict() ? Problem.error("event", message) : Problem.warning("event", message);
        findings.add(absence != null ? problem : problem.guessing(Problem.Guess.EVENT));
    }

    private static LineResult end(JsonParser parser, Line line, String event, boolean documented, Findings findings)
            throws IOException {
        if (parser.nextToken() != null) {
            int column = Malformed.column(parser.currentTokenLocation(), line.bytes(), line.offset(), line.length());
            return LineResult.malformed("malformed JSON: more after the end of the JSON value (column " + column + ")");
        }
        LineResult.Status status = findings.hasErrors() ? LineResult.Status.INVALID : LineResult.Status.VALID;
        return new LineResult(status, event, documented, findings.list());
    }

    /** The line being checked: {@code bytes[offset, offset + length)}. */
    private record Line(byte[] bytes, int offset, int length) {
    }
}
