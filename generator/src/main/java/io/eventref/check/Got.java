package io.eventref.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** How reports name the value a line holds: {@code string "1543"}, {@code integer 5}, {@code array}. */
final class Got {

    private static final int MAX_SHOWN = 60;

    private Got() {
    }

    /** ", got <value>" for the parser's current token (call before skipping the value). */
    static String got(JsonParser parser) throws IOException {
        return ", got " + describe(parser);
    }

    static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> "string " + quote(parser.getText());
            case VALUE_NUMBER_INT -> "integer " + shorten(parser.getText());
            case VALUE_NUMBER_FLOAT -> "number " + shorten(parser.getText());
            case VALUE_TRUE -> "boolean true";
            case VALUE_FALSE -> "boolean false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            default -> token.toString();
        };
    }

    /** {@code "text"} with quotes and backslashes escaped and control characters shown, cut after 60 characters. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('"');
        for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(text.length() > MAX_SHOWN ? "...\"" : "\"").toString();
    }

    private static String shorten(String text) {
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }
}
