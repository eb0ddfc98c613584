package io.eventref.capture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line read with Jackson's streaming parser, without building a tree: the event's name and the
 * names and kinds of its fields, in the order written. Reused from line to line; not thread-safe.
 */
final class LineScan {

    static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private String event;
    private final List<String> names = new ArrayList<>();
    private final List<ValueKind> kinds = new ArrayList<>();

    /**
     * Reads the line {@code bytes[offset, offset + length)}: true when it is one JSON object with a
     * string {@code event}, false when it is JSON of another shape.
     *
     * @throws IOException when it is not JSON (Jackson's {@code JsonProcessingException}, with its location)
     */
    boolean scan(byte[] bytes, int offset, int length) throws IOException {
        event = null;
        names.clear();
        kinds.clear();
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("event") && value == JsonToken.VALUE_STRING) {
                    this.event = parser.getText();
                } else if (key.equals("fields") && value == JsonToken.START_OBJECT) {
                    fields(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more after the object");
            }
            return this.event != null;
        }
    }

    private void fields(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            names.add(parser.currentName());
            kinds.add(kind(parser.nextToken()));
            parser.skipChildren();
        }
    }

    private static ValueKind kind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> ValueKind.STRING;
            case VALUE_NUMBER_INT -> ValueKind.INTEGER;
            case VALUE_NUMBER_FLOAT -> ValueKind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ValueKind.BOOLEAN;
            case START_ARRAY -> ValueKind.ARRAY;
            case START_OBJECT -> ValueKind.OBJECT;
            default -> ValueKind.NULL;
        };
    }

    /** The event's name (after a scan that returned true). */
    String event() {
        return event;
    }

    /** The names of the line's fields, in the order written. */
    List<String> names() {
        return names;
    }

    /** The kinds of the line's fields' values, index for index with {@link #names}. */
    List<ValueKind> kinds() {
        return kinds;
    }
}
