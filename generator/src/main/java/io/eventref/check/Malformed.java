package io.eventref.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why a line is not JSON, and at which column (in characters, from 1), from
 * what Jackson's parser reported: no parser internals, settings or source descriptions reach the
 * user. Also the limits a line must keep within (Jackson's stream read constraints, set here so
 * that the messages can name them).
 */
final class Malformed {

    static final int MAX_DEPTH = 1000;
    static final int MAX_NUMBER_DIGITS = 1000;
    static final int MAX_KEY_LENGTH = 50_000;

    private static final Pattern CHARACTER =
            Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");

    private Malformed() {
    }

    /** "malformed JSON: REASON (column N)" for the line {@code bytes[offset, offset + length)}. */
    static String describe(JsonProcessingException e, JsonParser parser, byte[] bytes, int offset, int length) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        int column = column(location, bytes, offset, length);
        String message = String.valueOf(e.getOriginalMessage());
        if (CONTROL.matcher(message).find() && !message.contains("string value") && column > 1) {
            column--; // the parser reports a control character between values from just past it
        }
        return "malformed JSON: " + reason(e) + " (column " + column + ")";
    }

    /** The column, in characters from 1, of {@code location}'s byte in the line. */
    static int column(JsonLocation location, byte[] bytes, int offset, int length) {
        long at = location == null ? -1 : location.getByteOffset();
        if (at < 0) {
            return location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
        }
        int end = (int) Math.min(at, length);
        int characters = 0;
        for (int i = offset; i < offset + end; i++) {
            // Every byte but a UTF-8 continuation byte starts a character.
            if ((bytes[i] & 0xC0) != 0x80) {
                characters++;
            }
        }
        return characters + 1;
    }

    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return end(message);
        }
        Matcher matcher = CHARACTER.matcher(message);
        if (matcher.find()) {
            return character(message, Integer.parseInt(matcher.group(2)));
        }
        matcher = TOKEN.matcher(message);
        if (matcher.find()) {
            return "unexpected word " + quoted(matcher.group(1)) + " where a value belongs (a string, number,"
                    + " array, object, true, false or null)";
        }
        matcher = CONTROL.matcher(message);
        if (matcher.find()) {
            String character = "control character " + codePoint(Integer.parseInt(matcher.group(1)));
            return message.contains("string value") ? character + " inside a string, where it must be escaped"
                    : character + " between values";
        }
        matcher = CLOSE.matcher(message);
        if (matcher.find()) {
            return "'" + matcher.group(1) + "' with nothing open to close";
        }
        matcher = ESCAPE.matcher(message);
        if (matcher.find()) {
            return "unknown escape " + quoted("\\" + matcher.group(1)) + " in a string";
        }
        if (message.contains("surrogate")) {
            return "an escaped half of a surrogate pair (\\ud800 to \\udfff) without its other half";
        }
        if (message.contains("Leading zeroes")) {
            return "a number with a leading zero";
        }
        if (message.startsWith("Invalid numeric value")) {
            return "a malformed number";
        }
        if (message.contains("UTF-8")) {
            return "bytes that are not UTF-8";
        }
        return "not JSON";
    }

    private static String limit(String message) {
        if (message.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (message.contains("Number value length")) {
            return "a number of more than " + MAX_NUMBER_DIGITS + " digits";
        }
        if (message.contains("Name length")) {
            return "a key of more than " + MAX_KEY_LENGTH + " characters";
        }
        return "a value larger than check-events reads";
    }

    private static String end(String message) {
        if (message.contains("close marker for Object")) {
            return "the line ends before the object is closed (a '}' is missing)";
        }
        if (message.contains("close marker for Array")) {
            return "the line ends before an array is closed (a ']' is missing)";
        }
        if (message.contains("VALUE_STRING") || message.contains("String value")) {
            return "the line ends inside a string (a closing '\"' is missing)";
        }
        if (message.contains("escape sequence")) {
            return "the line ends inside an escape in a string";
        }
        if (message.contains("field name")) {
            return "the line ends inside a key";
        }
        if (message.contains("Object entries")) {
            return "the line ends where a key was expected";
        }
        if (message.contains("Array entries")) {
            return "the line ends where a value was expected";
        }
        return "the line ends in the middle of a value";
    }

    private static String character(String message, int code) {
        String found = code >= 0x20 && code < 0x7f ? "'" + (char) code + "'" : "character " + codePoint(code);
        if (message.contains("colon to separate")) {
            return found + " after a key, where ':' belongs";
        }
        if (message.contains("comma to separate Object")) {
            return found + " after a value, where ',' or '}' belongs";
        }
        if (message.contains("comma to separate Array")) {
            return found + " after a value, where ',' or ']' belongs";
        }
        if (message.contains("double-quote to start field name")) {
            return found + " where a key in double quotes belongs";
        }
        if (message.contains("numeric value")) {
            return found + " in a number";
        }
        if (message.contains("hex-digit")) {
            return found + " in a \\u escape, where a hex digit belongs";
        }
        return found + " where a value belongs";
    }

    private static String codePoint(int code) {
        return String.format(java.util.Locale.ROOT, "U+%04X", code);
    }

    private static String quoted(String text) {
        return Got.quote(text);
    }
}
