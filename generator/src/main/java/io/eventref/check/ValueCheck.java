package io.eventref.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventref.model.FieldType;
import java.io.IOException;
import java.util.Arrays;

/**
 * Checks the value at the parser's current token against up to n expectations at once (one per
 * declaration of the event), reading it only once, and leaves the parser on the value's last token.
 * An expectation is a {@link FieldRule}, or null for "any value the exporter writes" (a string, a
 * number or an array of strings). The first error per expectation lands in {@code errors}.
 * Holds scratch state: one per thread.
 */
final class ValueCheck {

    static final String ANY_VALUE = "expected string, number or array of strings";
    static final String TIMESTAMP = "expected a timestamp (string YYYY-MM-DDTHH:MM:SS.uuuuuuZ or number)";
    static final String TIME_RANGE = "expected a time from 1970 to 9999 (seconds since 1970-01-01)";
    /** 10000-01-01T00:00:00Z in seconds since 1970. */
    private static final double LATEST_TIME = 253_402_300_800.0;

    /**
     * @param prefix and {@code name}: where the value is ({@code fields.} and {@code running_usecs}),
     *     joined only when there is an error to report
     * @param rules the expectations, {@code rules[0..count)}
     * @param errors receives at index i the error against {@code rules[i]}, or keeps null
     * @return whether some expectation failed
     */
    boolean check(JsonParser parser, String prefix, String name, FieldRule[] rules, int count, Problem[] errors)
            throws IOException {
        Arrays.fill(errors, 0, count, null);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return checkArray(parser, prefix, name, rules, count, errors);
        }
        boolean failed = false;
        for (int i = 0; i < count; i++) {
            String expected = scalarMismatch(parser, token, rules[i]);
            if (expected != null) {
                errors[i] = Problem.error(prefix + name, expected + Got.got(parser));
                failed = true;
            }
        }
        parser.skipChildren();
        return failed;
    }

    /** What was expected instead, or null when the scalar (or object) value fits {@code rule}. */
    private static String scalarMismatch(JsonParser parser, JsonToken token, FieldRule rule) throws IOException {
        if (rule == null) {
            return token == JsonToken.VALUE_STRING || token.isNumeric() ? null : ANY_VALUE;
        }
        return switch (rule.type()) {
            case STRING -> token != JsonToken.VALUE_STRING ? rule.typeMismatch()
                    : !rule.enumerated() || rule.allows(parser.getText()) ? null : rule.notAllowed();
            case INTEGER -> isInteger(parser, token) ? null : rule.typeMismatch();
            case TIMESTAMP -> token.isNumeric() ? (isTime(parser) ? null : TIME_RANGE)
                    : token == JsonToken.VALUE_STRING && Rfc3339.matches(parser.getTextCharacters(),
                            parser.getTextOffset(), parser.getTextLength()) ? null : rule.typeMismatch();
            case STRING_LIST -> rule.typeMismatch();
        };
    }

    /** Whether the number is a time the exporter can write: seconds since 1970, before the year 10000. */
    private static boolean isTime(JsonParser parser) throws IOException {
        double seconds = parser.getDoubleValue();
        return seconds >= 0 && seconds < LATEST_TIME;
    }

    /** An integer as JSON Schema counts them: any number with no fractional part, {@code 1.0} included. */
    private static boolean isInteger(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return true;
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
        }
        double value = parser.getDoubleValue();
        return !Double.isInfinite(value) && value == Math.rint(value);
    }

    private static boolean checkArray(JsonParser parser, String prefix, String name, FieldRule[] rules, int count,
            Problem[] errors) throws IOException {
        for (int i = 0; i < count; i++) {
            if (rules[i] != null && rules[i].type() != FieldType.STRING_LIST) {
                errors[i] = Problem.error(prefix + name, rules[i].typeMismatch() + ", got array");
            }
        }
        int index = 0;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            for (int i = 0; i < count; i++) {
                if (errors[i] == null) {
                    errors[i] = elementError(parser, element, rules[i], prefix, name, index);
                }
            }
            parser.skipChildren();
            index++;
        }
        for (int i = 0; i < count; i++) {
            if (errors[i] != null) {
                return true;
            }
        }
        return false;
    }

    private static Problem elementError(JsonParser parser, JsonToken element, FieldRule rule, String prefix,
            String name, int index) throws IOException {
        if (element != JsonToken.VALUE_STRING) {
            return Problem.error(prefix + name + "[" + index + "]", "expected string" + Got.got(parser));
        }
        if (rule != null && rule.enumerated() && !rule.allows(parser.getText())) {
            return Problem.error(prefix + name + "[" + index + "]", rule.notAllowed() + Got.got(parser));
        }
        return null;
    }
}
